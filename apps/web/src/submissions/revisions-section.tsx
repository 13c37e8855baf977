import { Button, Select, Table } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { Link, useNavigate } from "react-router";
import { formatDateTime } from "../components/format.ts";
import type { Revision } from "./types.ts";

export function compareUrl(submissionId: string, from: number, to: number): string {
  return `/submissions/${submissionId}/compare?from=${from}&to=${to}`;
}

/** Chooses two revisions to compare; used on the submission page and the compare page. */
export function CompareForm({ submissionId, revisions, from, to }: { submissionId: string; revisions: readonly Revision[]; from: number; to: number }) {
  const navigate = useNavigate();
  const [chosen, setChosen] = useState({ from: String(from), to: String(to) });
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(compareUrl(submissionId, Number(chosen.from), Number(chosen.to)));
  };
  const options = revisions.map((r) => (
    <Select.Option key={r.number} value={String(r.number)}>
      Revision {r.number} ({formatDateTime(r.createdAt)})
    </Select.Option>
  ));
  return (
    <form onSubmit={onSubmit} noValidate>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <Select
            label="From revision"
            id="compare-from"
            name="from"
            value={chosen.from}
            onChange={(event) => {
              setChosen((c) => ({ ...c, from: event.target.value }));
            }}
          >
            {options}
          </Select>
        </div>
        <div className="nhsuk-grid-column-one-half">
          <Select
            label="To revision"
            id="compare-to"
            name="to"
            value={chosen.to}
            onChange={(event) => {
              setChosen((c) => ({ ...c, to: event.target.value }));
            }}
          >
            {options}
          </Select>
        </div>
      </div>
      <Button type="submit" secondary>
        Compare
      </Button>
    </form>
  );
}

/** Every numbered copy of the submission, and a way to see what changed between any two. */
export function RevisionsSection({ submissionId, revisions }: { submissionId: string; revisions: readonly Revision[] }) {
  return (
    <>
      <h2>Revisions</h2>
      {revisions.length === 0 ? (
        <p>A revision is kept each time the submission is sent to the communications team, and each time they edit its copy. There are none yet.</p>
      ) : (
        <>
          <Table caption="Revisions" captionProps={{ className: "nhsuk-u-visually-hidden" }}>
            <Table.Head>
              <Table.Row>
                <Table.Cell>Revision</Table.Cell>
                <Table.Cell>What happened</Table.Cell>
                <Table.Cell>By</Table.Cell>
                <Table.Cell>When</Table.Cell>
                <Table.Cell>
                  <span className="nhsuk-u-visually-hidden">Changes</span>
                </Table.Cell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {revisions.map((r, index) => (
                <Table.Row key={r.number}>
                  <Table.Cell>{r.number}</Table.Cell>
                  <Table.Cell>{r.reason.charAt(0).toUpperCase() + r.reason.slice(1)}</Table.Cell>
                  <Table.Cell>{r.createdBy.name}</Table.Cell>
                  <Table.Cell>{formatDateTime(r.createdAt)}</Table.Cell>
                  <Table.Cell>
                    {index > 0 && (
                      <Link to={compareUrl(submissionId, revisions[index - 1]!.number, r.number)}>
                        Compare with revision {revisions[index - 1]!.number}
                      </Link>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {revisions.length > 1 && (
            <>
              <h3>Compare any two revisions</h3>
              <CompareForm
                key={revisions.length}
                submissionId={submissionId}
                revisions={revisions}
                from={revisions.at(-2)!.number}
                to={revisions.at(-1)!.number}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
