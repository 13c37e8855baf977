import { apiProblem } from "./api-error.ts";
import { Loading } from "./loading.tsx";
import { NotAllowed } from "./not-allowed.tsx";
import { NotFound } from "./not-found.tsx";
import { ServiceProblem } from "./service-problem.tsx";

/** The whole page's answer when the data it needs could not be loaded. */
export function QueryError({ error }: { error: unknown }) {
  const problem = apiProblem(error);
  switch (problem.code) {
    case "FORBIDDEN":
      return <NotAllowed reason={problem.message} />;
    case "NOT_FOUND":
      return <NotFound message={problem.message} />;
    case "BAD_REQUEST":
      // A malformed id in the address: there is no such page.
      return <NotFound />;
    case "UNAUTHORIZED":
      // The session ended; RequireSignIn is already on its way to the sign-in page.
      return <Loading />;
    case "TOO_MANY_REQUESTS":
      return <ServiceProblem message={problem.message} />;
    default:
      return <ServiceProblem />;
  }
}
