import { sql } from "kysely";
import { dialectOf, type Executor } from "../db/database.ts";
import type { PostTable } from "../db/schema.ts";

export const POST_COLUMNS = [
  "id",
  "submission_id",
  "account_id",
  "text",
  "publish_at",
  "state",
  "scheduled_by",
  "attempt_count",
  "next_attempt_at",
  "lease_owner",
  "lease_until",
  "remote_id",
  "remote_url",
  "findings_json",
  "last_error",
  "kit_id",
  "published_at",
  "taken_down_at",
  "takedown_reason",
  "created_at",
  "updated_at",
] as const;

export type PostRow = Pick<PostTable, (typeof POST_COLUMNS)[number]>;

/**
 * Claims the next due post in one atomic UPDATE: scheduled and due (and past any retry
 * wait), unknown and ready to reconcile, or publishing under a lease that has run out
 * (its worker died). Postgres skips rows other workers hold; SQLite takes its write lock.
 */
export async function claimDuePost(db: Executor, worker: string, nowIso: string, leaseUntilIso: string): Promise<PostRow | null> {
  const pg = dialectOf(db) === "postgres";
  const due = sql`(
      (state = 'scheduled' and publish_at <= ${nowIso} and (next_attempt_at is null or next_attempt_at <= ${nowIso}))
      or (state = 'unknown' and (next_attempt_at is null or next_attempt_at <= ${nowIso}))
      or (state = 'publishing' and lease_until < ${nowIso})
    )`;
  const pick = pg
    ? sql`select id from post where ${due} order by publish_at limit 1 for update skip locked`
    : sql`select id from post where ${due} order by publish_at limit 1`;
  const result = await sql<PostRow>`
    update post set state = 'publishing', lease_owner = ${worker}, lease_until = ${leaseUntilIso}, updated_at = ${nowIso}
    where id = (${pick})
    returning ${sql.join(POST_COLUMNS.map((c) => sql.ref(c)))}`.execute(db);
  return result.rows[0] ?? null;
}

export async function findPost(db: Executor, id: string): Promise<PostRow | undefined> {
  return db.selectFrom("post").select(POST_COLUMNS).where("id", "=", id).executeTakeFirst();
}

/** Changes a post only while this worker still holds its lease: a worker that lost it must not write. */
export async function updateLeased(db: Executor, id: string, worker: string, changes: Partial<PostTable>): Promise<boolean> {
  const result = await db
    .updateTable("post")
    .set(changes)
    .where("id", "=", id)
    .where("lease_owner", "=", worker)
    .where("state", "=", "publishing")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Extends this worker's lease just before a platform call; false when the lease is no longer ours. */
export async function renewLease(db: Executor, id: string, worker: string, nowIso: string, untilIso: string): Promise<boolean> {
  const result = await db
    .updateTable("post")
    .set({ lease_until: untilIso })
    .where("id", "=", id)
    .where("lease_owner", "=", worker)
    .where("state", "=", "publishing")
    .where("lease_until", ">", nowIso)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The post's latest attempt, or its latest of one kind. */
export async function lastAttempt(db: Executor, postId: string, kind?: "publish" | "reconcile") {
  let query = db
    .selectFrom("post_attempt")
    .select(["number", "kind", "outcome", "started_at", "remote_id", "remote_url"])
    .where("post_id", "=", postId);
  if (kind) query = query.where("kind", "=", kind);
  return query
    .orderBy("number", "desc")
    .limit(1)
    .executeTakeFirst();
}

export async function insertAttempt(
  db: Executor,
  row: { id: string; post_id: string; number: number; kind: string; idempotency_key: string; worker: string; started_at: string },
): Promise<void> {
  await db.insertInto("post_attempt").values({ ...row, finished_at: null, outcome: null, error: null, remote_id: null, remote_url: null }).execute();
}

export async function finishAttempt(
  db: Executor,
  id: string,
  result: { finished_at: string; outcome: string; error: string | null; remote_id: string | null; remote_url: string | null },
): Promise<void> {
  await db.updateTable("post_attempt").set(result).where("id", "=", id).execute();
}

export async function attemptsOf(db: Executor, postId: string) {
  const rows = await db
    .selectFrom("post_attempt")
    .select(["number", "kind", "worker", "started_at", "finished_at", "outcome", "error", "remote_id"])
    .where("post_id", "=", postId)
    .orderBy("number")
    .execute();
  return rows.map((r) => ({
    number: r.number,
    kind: r.kind as "publish" | "reconcile",
    worker: r.worker,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    /** published, found, not-found, timeout, transient, rate_limited, auth, permanent, error; null while in flight */
    outcome: r.outcome,
    error: r.error,
    remoteId: r.remote_id,
  }));
}
