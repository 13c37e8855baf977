import type { Executor } from "../db/database.ts";
import type { PostTable } from "../db/schema.ts";
import { POST_COLUMNS } from "../publisher/repo.ts";

export async function insertPost(db: Executor, row: PostTable): Promise<void> {
  await db.insertInto("post").values(row).execute();
}

export async function findPost(db: Executor, id: string) {
  return db
    .selectFrom("post as p")
    .innerJoin("account as a", "a.id", "p.account_id")
    .innerJoin("submission as s", "s.id", "p.submission_id")
    .innerJoin("app_user as u", "u.id", "p.scheduled_by")
    .select([...POST_COLUMNS.map((c) => `p.${c}` as const), "a.platform", "a.handle", "a.name as account_name", "a.status as account_status", "a.connector", "s.title", "s.author_id", "u.name as scheduler_name"])
    .where("p.id", "=", id)
    .executeTakeFirst();
}
export type PostDetailRow = NonNullable<Awaited<ReturnType<typeof findPost>>>;

export async function livePostFor(db: Executor, submissionId: string, accountId: string) {
  return db
    .selectFrom("post")
    .select(["id", "state"])
    .where("submission_id", "=", submissionId)
    .where("account_id", "=", accountId)
    .where("state", "<>", "cancelled")
    .executeTakeFirst();
}

export interface PostFilter {
  from?: string | undefined;
  to?: string | undefined;
  accountId?: string | undefined;
  state?: string | undefined;
  submissionId?: string | undefined;
}

/** The calendar's query: a time window, optionally one account or state; uses post_calendar_idx. */
export async function listPosts(db: Executor, f: PostFilter, limit: number) {
  let q = db
    .selectFrom("post as p")
    .innerJoin("account as a", "a.id", "p.account_id")
    .innerJoin("submission as s", "s.id", "p.submission_id")
    .select(["p.id", "p.state", "p.account_id", "p.publish_at", "p.submission_id", "p.text", "p.remote_url", "p.published_at", "p.last_error", "a.platform", "a.handle", "s.title"]);
  if (f.from) q = q.where("p.publish_at", ">=", f.from);
  if (f.to) q = q.where("p.publish_at", "<", f.to);
  if (f.accountId) q = q.where("p.account_id", "=", f.accountId);
  if (f.state) q = q.where("p.state", "=", f.state);
  if (f.submissionId) q = q.where("p.submission_id", "=", f.submissionId);
  return q.orderBy("p.publish_at").limit(limit).execute();
}

export async function updatePost(db: Executor, id: string, changes: Partial<PostTable>): Promise<void> {
  await db.updateTable("post").set(changes).where("id", "=", id).execute();
}

/** Moves a post only from the states the caller checked, so a worker's claim in between wins. */
export async function updatePostFrom(db: Executor, id: string, fromStates: string[], changes: Partial<PostTable>): Promise<boolean> {
  const r = await db.updateTable("post").set(changes).where("id", "=", id).where("state", "in", fromStates).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function troubledPosts(db: Executor) {
  return db
    .selectFrom("post as p")
    .innerJoin("account as a", "a.id", "p.account_id")
    .innerJoin("submission as s", "s.id", "p.submission_id")
    .select(["p.id", "p.state", "p.account_id", "p.publish_at", "p.last_error", "p.attempt_count", "a.handle", "a.platform", "s.title"])
    .where("p.state", "in", ["failed", "blocked", "unknown"])
    .orderBy("p.publish_at")
    .limit(500)
    .execute();
}

/** The posts that carry any of these pictures (through their submission), with what a consent decision needs. */
export async function postsCarrying(db: Executor, assetIds: readonly string[]) {
  if (assetIds.length === 0) return [];
  return db
    .selectFrom("post as p")
    .innerJoin("submission_asset as sa", "sa.submission_id", "p.submission_id")
    .innerJoin("account as a", "a.id", "p.account_id")
    .select(["p.id", "p.state", "p.submission_id", "p.account_id", "p.text", "p.scheduled_by", "p.publish_at", "a.handle"])
    .where("sa.asset_id", "in", [...assetIds])
    .where("p.state", "not in", ["cancelled", "taken_down"])
    .distinct()
    .execute();
}
