import { Details, Table } from "nhsuk-react-components";
import { Link } from "react-router";
import type { RouterOutputs } from "../api-types.ts";
import { formatDateTime } from "../components/format.ts";
import { entityPath, entityTypeLabel } from "./audit-filters.ts";

type AuditEvent = RouterOutputs["audit"]["list"]["events"][number];

function Json({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <>
      <p className="nhsuk-u-margin-bottom-1">
        <strong>{label}</strong>
      </p>
      <pre className="app-json">{JSON.stringify(value, null, 2)}</pre>
    </>
  );
}

function Record({ event }: { event: AuditEvent }) {
  const path = entityPath(event.entityType, event.entityId);
  return (
    <>
      {entityTypeLabel(event.entityType)}
      <br />
      {path ? (
        <Link to={path} className="app-record-id">
          {event.entityId}
        </Link>
      ) : (
        <span className="app-record-id">{event.entityId}</span>
      )}
    </>
  );
}

/** The events, newest first: when, who, what, to which record, why, and the record before and after. */
export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  return (
    <Table caption="Audit events, newest first" captionProps={{ className: "nhsuk-u-visually-hidden" }} className="app-audit-table">
      <Table.Head>
        <Table.Row>
          <Table.Cell className="app-audit-col--time">Time (UK)</Table.Cell>
          <Table.Cell className="app-audit-col--who">Who</Table.Cell>
          <Table.Cell className="app-audit-col--action">Action</Table.Cell>
          <Table.Cell className="app-audit-col--record">Record</Table.Cell>
          <Table.Cell>Reason</Table.Cell>
          <Table.Cell className="app-audit-col--details">Details</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {events.map((event) => (
          <Table.Row key={event.seq}>
            <Table.Cell>{formatDateTime(event.at)}</Table.Cell>
            <Table.Cell>{event.actor ? event.actor.name : "System"}</Table.Cell>
            <Table.Cell>
              <span className="app-code">{event.action}</span>
            </Table.Cell>
            <Table.Cell>
              <Record event={event} />
            </Table.Cell>
            <Table.Cell>{event.reason ?? ""}</Table.Cell>
            <Table.Cell>
              {event.before === null && event.after === null ? (
                <span className="nhsuk-u-secondary-text-color">None</span>
              ) : (
                <Details className="app-audit-details">
                  <Details.Summary>
                    Details<span className="nhsuk-u-visually-hidden"> of event {event.seq}</span>
                  </Details.Summary>
                  <Details.Text>
                    <Json label="Before" value={event.before} />
                    <Json label="After" value={event.after} />
                  </Details.Text>
                </Details>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
