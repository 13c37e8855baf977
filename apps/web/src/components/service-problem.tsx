import { SERVICE_PROBLEM } from "./api-error.ts";
import { usePageTitle } from "./page-title.ts";

/** A network or server failure: an apology and what to do, never the technical detail. */
export function ServiceProblem({ message = SERVICE_PROBLEM }: { message?: string }) {
  usePageTitle("Sorry, there is a problem with the service");
  return (
    <>
      <h1>Sorry, there is a problem with the service</h1>
      <p>{message === SERVICE_PROBLEM ? "Try again later." : message}</p>
      <p>If the problem continues, contact the communications team.</p>
    </>
  );
}
