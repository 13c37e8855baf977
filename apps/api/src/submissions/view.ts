import type { AccountStatus, Platform, SubmissionState } from "@gatehouse/policy";
import type { Executor } from "../db/database.ts";
import { copyFor, type Loaded } from "./facts.ts";
import * as repo from "./repo.ts";
import { mergedFindings } from "./screening.ts";

/** What the submission looks like now: the snapshot a revision keeps. */
export function snapshotOf({ row, targets, assetIds }: Loaded) {
  return {
    title: row.title,
    brief: { objective: row.objective, audience: row.audience, keyMessages: row.key_messages, measure: row.measure },
    text: row.text,
    links: JSON.parse(row.links_json) as string[],
    desiredPublishAt: row.desired_publish_at,
    desiredPublishUntil: row.desired_publish_until,
    targets: targets.map((t) => ({ accountId: t.account_id, platform: t.platform as Platform, text: copyFor(row, t), edited: t.text !== null })),
    assetIds,
  };
}
export type Snapshot = ReturnType<typeof snapshotOf>;

/** The full view of one submission for its author or a reviewer. */
export async function submissionView(db: Executor, loaded: Loaded, now: Date) {
  const { row, targets } = loaded;
  const [findings, comments] = await Promise.all([mergedFindings(db, loaded, now), repo.commentsOf(db, row.id)]);
  return {
    id: row.id,
    state: row.state as SubmissionState,
    authorId: row.author_id,
    author: { id: row.author_id, name: row.author_name },
    department: row.department_name,
    ...snapshotOf(loaded),
    targetAccountIds: targets.map((t) => t.account_id),
    targetAccounts: targets.map((t) => ({
      accountId: t.account_id,
      platform: t.platform as Platform,
      handle: t.handle,
      name: t.name,
      status: t.status as AccountStatus,
      text: copyFor(row, t),
      edited: t.text !== null,
    })),
    assetIds: loaded.assetIds,
    findings,
    revision: row.revision,
    lastEditedBy: row.last_edited_by,
    claimedBy: row.claimed_by ? { id: row.claimed_by, name: row.claimer_name ?? "" } : null,
    decidedBy: row.decided_by ? { id: row.decided_by, name: row.decider_name ?? "" } : null,
    decidedAt: row.decided_at,
    submittedAt: row.submitted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    comments: comments.map((c) => ({ id: c.id, kind: c.kind, body: c.body, author: { id: c.author_id, name: c.author_name }, createdAt: c.created_at })),
  };
}

/** A row of a list or queue: no screening, so lists stay fast. */
export function summaryOf(row: repo.SubmissionRow, targets: Awaited<ReturnType<typeof repo.targetsOf>>) {
  return {
    id: row.id,
    state: row.state as SubmissionState,
    title: row.title,
    author: { id: row.author_id, name: row.author_name },
    department: row.department_name,
    desiredPublishAt: row.desired_publish_at,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    claimedBy: row.claimed_by ? { id: row.claimed_by, name: row.claimer_name ?? "" } : null,
    targets: targets.filter((t) => t.submission_id === row.id).map((t) => ({ accountId: t.account_id, platform: t.platform as Platform, handle: t.handle })),
  };
}
