import { useQuery } from "@tanstack/react-query";
import { Table } from "nhsuk-react-components";
import { Link } from "react-router";
import { formatDateTime } from "../components/format.ts";
import { Loading } from "../components/loading.tsx";
import { LocationNotice } from "../components/notice.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import { accountLabel, SubmissionStateTag, titleOf } from "./labels.tsx";

/** `/submissions`: everything the signed-in person has drafted or sent, most recently changed first. */
export function MySubmissionsPage() {
  const trpc = useTRPC();
  const mine = useQuery(trpc.submissions.mine.queryOptions());
  usePageTitle("My submissions");

  if (mine.isError) return <QueryError error={mine.error} />;

  return (
    <>
      <LocationNotice />
      <h1>My submissions</h1>
      <p>
        Content you have drafted or sent to the communications team, and what they decided. <Link to="/submissions/new">Submit content</Link>{" "}
        to start a new one.
      </p>
      {mine.isPending ? (
        <Loading />
      ) : mine.data.length === 0 ? (
        <p>You have not drafted anything yet.</p>
      ) : (
        <Table caption="My submissions" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Title</Table.Cell>
              <Table.Cell>Accounts</Table.Cell>
              <Table.Cell>Status</Table.Cell>
              <Table.Cell>Last updated</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {mine.data.map((submission) => (
              <Table.Row key={submission.id}>
                <Table.Cell>
                  <Link to={`/submissions/${submission.id}`}>{titleOf(submission)}</Link>
                </Table.Cell>
                <Table.Cell>{submission.targets.length === 0 ? "None chosen" : submission.targets.map(accountLabel).join(", ")}</Table.Cell>
                <Table.Cell>
                  <SubmissionStateTag state={submission.state} />
                </Table.Cell>
                <Table.Cell>{formatDateTime(submission.updatedAt)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  );
}
