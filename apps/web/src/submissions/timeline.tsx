import { Tag } from "nhsuk-react-components";
import { formatDateTime } from "../components/format.ts";
import type { Revision, SubmissionView } from "./types.ts";
import "./submissions.css";

/** A comment's kind (comment, change_request, rejection, approval), or "revision" or "decision". */
type Kind = string;

interface Entry {
  key: string;
  kind: Kind;
  title: string;
  who: string | null;
  at: string;
  body: string | null;
}

const COMMENT_TITLES: Record<string, string> = {
  comment: "Comment",
  change_request: "Changes requested",
  rejection: "Rejected",
  approval: "Approved",
};

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function entriesOf(view: SubmissionView, revisions: readonly Revision[]): Entry[] {
  const entries: Entry[] = [
    ...view.comments.map((c) => ({ key: `c-${c.id}`, kind: c.kind, title: COMMENT_TITLES[c.kind] ?? "Comment", who: c.author.name, at: c.createdAt, body: c.body })),
    ...revisions.map((r) => ({
      key: `r-${r.number}`,
      kind: "revision",
      title: `Revision ${r.number}: ${sentence(r.reason)}`,
      who: r.createdBy.name,
      at: r.createdAt,
      body: null,
    })),
  ];
  // An approval without a note leaves no comment: the decision itself still belongs here.
  if (view.state === "approved" && view.decidedAt && !view.comments.some((c) => c.kind === "approval")) {
    entries.push({ key: "decision", kind: "decision", title: "Approved", who: null, at: view.decidedAt, body: null });
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

/** Comments, change requests, decisions and revisions, oldest first; change requests stand out. */
export function Timeline({ view, revisions }: { view: SubmissionView; revisions: readonly Revision[] }) {
  const entries = entriesOf(view, revisions);
  return (
    <>
      <h2>Timeline</h2>
      {entries.length === 0 ? (
        <p>Nothing has happened yet: this is a draft nobody else has seen.</p>
      ) : (
        <ol className="app-timeline">
          {entries.map((entry) => (
            <li key={entry.key} className={`app-timeline__item app-timeline__item--${entry.kind}`}>
              <p className="nhsuk-u-margin-bottom-1">
                {entry.kind === "change_request" ? <Tag modifier="orange">{entry.title}</Tag> : <strong>{entry.title}</strong>}
              </p>
              <p className="nhsuk-body-s app-timeline__meta nhsuk-u-margin-bottom-2">
                {entry.who ? `${entry.who}, ` : ""}
                {formatDateTime(entry.at)}
              </p>
              {entry.body && <p className="app-pre-line">{entry.body}</p>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
