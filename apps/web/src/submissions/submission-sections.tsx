import { SummaryList } from "nhsuk-react-components";
import type { ReactNode } from "react";
import { formatDate, formatDateTime } from "../components/format.ts";
import { accountLabel, BRIEF_QUESTIONS } from "./labels.tsx";
import type { SubmissionView } from "./types.ts";
import "./submissions.css";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SummaryList.Row>
      <SummaryList.Key>{label}</SummaryList.Key>
      <SummaryList.Value>{children}</SummaryList.Value>
    </SummaryList.Row>
  );
}

/** Who, where, when: the facts of a submission at a glance. */
export function SubmissionSummary({ view }: { view: SubmissionView }) {
  return (
    <SummaryList>
      <Row label="Written by">
        {view.author.name}
        {view.department ? `, ${view.department}` : ""}
      </Row>
      <Row label="Official accounts">
        {view.targetAccounts.length === 0 ? (
          "None chosen yet"
        ) : (
          <ul className="nhsuk-list">
            {view.targetAccounts.map((t) => (
              <li key={t.accountId}>{accountLabel(t)}</li>
            ))}
          </ul>
        )}
      </Row>
      <Row label="Earliest publishing date">{view.desiredPublishAt ? formatDate(view.desiredPublishAt) : "Not given"}</Row>
      <Row label="Latest publishing date">{view.desiredPublishUntil ? formatDate(view.desiredPublishUntil) : "Not given"}</Row>
      <Row label="Links">
        {view.links.length === 0 ? (
          "None"
        ) : (
          <ul className="nhsuk-list">
            {view.links.map((link) => (
              <li key={link}>
                <a href={link} rel="noopener noreferrer" target="_blank">
                  {link}
                  <span className="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </Row>
      <Row label="Sent to the communications team">{view.submittedAt ? formatDateTime(view.submittedAt) : "Not yet"}</Row>
      {(view.state === "submitted" || view.state === "in_review") && <Row label="Claimed by">{view.claimedBy?.name ?? "Nobody yet"}</Row>}
      <Row label="Last updated">{formatDateTime(view.updatedAt)}</Row>
    </SummaryList>
  );
}

/** The brief of ICBP038 §3.2.5, with the line breaks the author typed. */
export function BriefSummary({ view }: { view: SubmissionView }) {
  return (
    <>
      <h2>The brief</h2>
      <SummaryList>
        {BRIEF_QUESTIONS.map((question) => (
          <Row key={question.field} label={question.label}>
            {view.brief[question.field].trim() === "" ? "Not answered yet" : <span className="app-pre-line">{view.brief[question.field]}</span>}
          </Row>
        ))}
      </SummaryList>
    </>
  );
}

/** The copy that will go to each account: the submission's text, or the communications team's edit of it. */
export function CopiesSection({ view }: { view: SubmissionView }) {
  return (
    <>
      <h2>Post text for each account</h2>
      {view.targetAccounts.length === 0 ? (
        <>
          <p>No official accounts are chosen yet. The post text is:</p>
          {view.text.trim() === "" ? <p>Not written yet.</p> : <p className="app-copy">{view.text}</p>}
        </>
      ) : (
        view.targetAccounts.map((target) => (
          <div key={target.accountId}>
            <h3 className="nhsuk-heading-s">{accountLabel(target)}</h3>
            {target.text.trim() === "" ? <p>Not written yet.</p> : <p className="app-copy">{target.text}</p>}
            {target.edited && <p className="nhsuk-body-s nhsuk-u-secondary-text-color">Edited by the communications team for this account.</p>}
          </div>
        ))
      )}
    </>
  );
}
