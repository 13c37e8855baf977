import { can, PLATFORM_LABELS } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { Table } from "nhsuk-react-components";
import { Link } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { formatDate } from "../components/format.ts";
import { Loading } from "../components/loading.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { RequestStateTag } from "../components/status-tags.tsx";
import { useTRPC } from "../trpc.ts";

export function RequestsPage() {
  const trpc = useTRPC();
  const user = useCurrentUser();
  const requests = useQuery(trpc.accountRequests.list.queryOptions());
  usePageTitle("Account requests");

  if (requests.isError) return <QueryError error={requests.error} />;

  const seesAll = can(user.roles, "accountRequests.viewAll");
  return (
    <>
      <h1>Account requests</h1>
      <p>
        {seesAll
          ? "Requests from departments for new official accounts."
          : "Your requests for new official accounts. The communications team decides each one."}{" "}
        <Link to="/account-requests/new">Request an account</Link> with its business case.
      </p>
      {requests.isPending ? (
        <Loading />
      ) : requests.data.length === 0 ? (
        <p>There are no account requests yet.</p>
      ) : (
        <Table caption="Account requests" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Platform</Table.Cell>
              <Table.Cell>Handle</Table.Cell>
              <Table.Cell>Display name</Table.Cell>
              <Table.Cell>Requested by</Table.Cell>
              <Table.Cell>Department</Table.Cell>
              <Table.Cell>Status</Table.Cell>
              <Table.Cell>Date requested</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {requests.data.map((request) => (
              <Table.Row key={request.id}>
                <Table.Cell>{PLATFORM_LABELS[request.platform]}</Table.Cell>
                <Table.Cell>
                  <Link to={`/account-requests/${request.id}`}>{request.handle}</Link>
                </Table.Cell>
                <Table.Cell>{request.name}</Table.Cell>
                <Table.Cell>{request.requestedBy.name}</Table.Cell>
                <Table.Cell>{request.department ?? "None"}</Table.Cell>
                <Table.Cell>
                  <RequestStateTag state={request.state} />
                </Table.Cell>
                <Table.Cell>{formatDate(request.createdAt)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  );
}
