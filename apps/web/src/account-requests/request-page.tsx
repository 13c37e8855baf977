import { can, canDecideAccountRequest, PLATFORM_LABELS } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { BackLink } from "nhsuk-react-components";
import { Link, useParams } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { Loading } from "../components/loading.tsx";
import { PageFormMessages, usePageForms } from "../components/page-forms.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import { DecisionForms } from "./decision-forms.tsx";
import { RequestSummary } from "./request-summary.tsx";

export function RequestPage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const trpc = useTRPC();
  const request = useQuery(trpc.accountRequests.get.queryOptions({ id }));
  const { errors, notice, handlers } = usePageForms();
  usePageTitle(request.data ? `Account request: ${request.data.name}` : "Account request", errors !== null);

  if (request.isPending) return <Loading />;
  if (request.isError) return <QueryError error={request.error} />;

  const mayDecide = can(user.roles, "accountRequests.decide") && canDecideAccountRequest(request.data.state);

  return (
    <>
      <BackLink asElement={Link} to="/account-requests">
        Back to account requests
      </BackLink>
      <PageFormMessages errors={errors} notice={notice} />
      <span className="nhsuk-caption-l">{PLATFORM_LABELS[request.data.platform]} account request</span>
      <h1>{request.data.name}</h1>
      <RequestSummary request={request.data} />
      {mayDecide && (
        <DecisionForms request={request.data} {...handlers} />
      )}
    </>
  );
}
