import { PLATFORM_LABELS } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { BackLink } from "nhsuk-react-components";
import { Link, useParams, useSearchParams } from "react-router";
import type { AccountSummary } from "../api-types.ts";
import { formatDate, formatDateTime } from "../components/format.ts";
import { Loading } from "../components/loading.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import { accountLabel, BRIEF_QUESTIONS, titleOf } from "./labels.tsx";
import { CompareForm } from "./revisions-section.tsx";
import type { Revision, Snapshot } from "./types.ts";
import { hasChanges, wordDiff, type DiffPart } from "./word-diff.ts";
import "./submissions.css";

interface Field {
  label: string;
  before: string;
  after: string;
}

function accountName(accountId: string, platform: Snapshot["targets"][number]["platform"], accounts: readonly AccountSummary[]): string {
  const account = accounts.find((a) => a.id === accountId);
  return account ? accountLabel(account) : PLATFORM_LABELS[platform];
}

/** Every part of a snapshot as text, in the order the form asks for it. */
function fieldsOf(from: Snapshot, to: Snapshot, accounts: readonly AccountSummary[]): Field[] {
  const accountsText = (s: Snapshot) => s.targets.map((t) => accountName(t.accountId, t.platform, accounts)).join("\n");
  const date = (iso: string | null) => (iso ? formatDate(iso) : "");
  const fields: Field[] = [
    { label: "Title", before: from.title, after: to.title },
    ...BRIEF_QUESTIONS.map((q) => ({ label: q.label, before: from.brief[q.field], after: to.brief[q.field] })),
    { label: "Official accounts", before: accountsText(from), after: accountsText(to) },
    { label: "Post text", before: from.text, after: to.text },
  ];
  // The communications team's own copy for an account, where either revision has one.
  const edited = [...new Set([...from.targets, ...to.targets].filter((t) => t.edited).map((t) => t.accountId))];
  for (const accountId of edited) {
    const before = from.targets.find((t) => t.accountId === accountId);
    const after = to.targets.find((t) => t.accountId === accountId);
    const platform = (after ?? before)!.platform;
    fields.push({ label: `Copy for ${accountName(accountId, platform, accounts)}`, before: before?.text ?? "", after: after?.text ?? "" });
  }
  fields.push(
    { label: "Earliest publishing date", before: date(from.desiredPublishAt), after: date(to.desiredPublishAt) },
    { label: "Latest publishing date", before: date(from.desiredPublishUntil), after: date(to.desiredPublishUntil) },
    { label: "Links", before: from.links.join("\n"), after: to.links.join("\n") },
  );
  return fields;
}

function Diff({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <p className="app-diff">
      {parts.map((part, index) =>
        part.kind === "same" ? (
          part.text
        ) : part.kind === "removed" ? (
          <del key={index}>
            <span className="nhsuk-u-visually-hidden">[removed: </span>
            {part.text}
            <span className="nhsuk-u-visually-hidden">]</span>
          </del>
        ) : (
          <ins key={index}>
            <span className="nhsuk-u-visually-hidden">[added: </span>
            {part.text}
            <span className="nhsuk-u-visually-hidden">]</span>
          </ins>
        ),
      )}
    </p>
  );
}

/** A revision number from the address, if it is one of the submission's. */
function revisionParam(value: string | null, revisions: readonly Revision[]): Revision | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return revisions.find((r) => r.number === Number(value));
}

/** `/submissions/:id/compare?from=1&to=2`: what changed between two revisions, word by word. */
export function ComparePage() {
  const { id = "" } = useParams();
  const [search] = useSearchParams();
  const trpc = useTRPC();
  const submission = useQuery(trpc.submissions.get.queryOptions({ id }));
  const revisions = useQuery(trpc.submissions.revisions.queryOptions({ id }));
  const accounts = useQuery(trpc.accounts.list.queryOptions());
  usePageTitle(submission.data ? `Compare revisions: ${titleOf(submission.data)}` : "Compare revisions");

  if (submission.isError) return <QueryError error={submission.error} />;
  if (revisions.isError) return <QueryError error={revisions.error} />;
  if (submission.isPending || revisions.isPending) return <Loading />;

  const list = revisions.data;
  const from = revisionParam(search.get("from"), list) ?? list.at(-2);
  const to = revisionParam(search.get("to"), list) ?? list.at(-1);

  return (
    <>
      <BackLink asElement={Link} to={`/submissions/${id}`}>
        Back to the submission
      </BackLink>
      <span className="nhsuk-caption-l">{titleOf(submission.data)}</span>
      <h1>Compare revisions</h1>
      {!from || !to || list.length < 2 ? (
        <p>There is nothing to compare yet: a submission needs at least two revisions. One is kept each time it is sent to the communications team.</p>
      ) : (
        <>
          <CompareForm key={`${from.number}-${to.number}`} submissionId={id} revisions={list} from={from.number} to={to.number} />
          <Comparison from={from} to={to} accounts={accounts.data ?? []} />
        </>
      )}
    </>
  );
}

function Comparison({ from, to, accounts }: { from: Revision; to: Revision; accounts: readonly AccountSummary[] }) {
  const fields = fieldsOf(from.snapshot, to.snapshot, accounts).map((field) => ({ ...field, parts: wordDiff(field.before, field.after) }));
  const changed = fields.filter((field) => hasChanges(field.parts));
  const unchanged = fields.filter((field) => !hasChanges(field.parts));
  return (
    <>
      <p>
        Changes from revision {from.number} ({from.reason}, {from.createdBy.name}, {formatDateTime(from.createdAt)}) to revision {to.number} ({to.reason},{" "}
        {to.createdBy.name}, {formatDateTime(to.createdAt)}). Words taken out are struck through; words put in are underlined.
      </p>
      {from.number === to.number && <p>These are the same revision: choose two different ones.</p>}
      {changed.length === 0 && from.number !== to.number && <p>Nothing changed between these revisions.</p>}
      {changed.map((field) => (
        <section key={field.label} aria-label={field.label}>
          <h2 className="nhsuk-heading-m">{field.label}</h2>
          <Diff parts={field.parts} />
        </section>
      ))}
      {unchanged.length > 0 && changed.length > 0 && (
        <>
          <h2 className="nhsuk-heading-m">Not changed</h2>
          <ul>
            {unchanged.map((field) => (
              <li key={field.label}>{field.label}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
