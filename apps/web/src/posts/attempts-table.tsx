import { Table } from "nhsuk-react-components";
import { formatDateTime } from "../components/format.ts";
import { attemptKindLabel, attemptOutcomeLabel } from "./attempt-labels.ts";
import type { PostAttempt } from "./types.ts";

/** Every call the publisher made to the platform for this post, oldest first. */
export function AttemptsTable({ attempts }: { attempts: readonly PostAttempt[] }) {
  if (attempts.length === 0) return <p>The publisher has not tried to publish this post yet.</p>;
  return (
    <Table caption="Publishing attempts" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell format="numeric">Number</Table.Cell>
          <Table.Cell>Kind</Table.Cell>
          <Table.Cell>When</Table.Cell>
          <Table.Cell>Outcome</Table.Cell>
          <Table.Cell>Error</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {attempts.map((attempt) => (
          <Table.Row key={attempt.number}>
            <Table.Cell format="numeric">{attempt.number}</Table.Cell>
            <Table.Cell>{attemptKindLabel(attempt.kind)}</Table.Cell>
            <Table.Cell>{formatDateTime(attempt.startedAt)}</Table.Cell>
            <Table.Cell>{attemptOutcomeLabel(attempt.outcome)}</Table.Cell>
            <Table.Cell>{attempt.error ?? ""}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
