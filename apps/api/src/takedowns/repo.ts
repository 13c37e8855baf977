import type { Executor } from "../db/database.ts";
import type { TakedownTaskTable } from "../db/schema.ts";

export async function insertTask(db: Executor, row: TakedownTaskTable): Promise<void> {
  await db.insertInto("takedown_task").values(row).execute();
}

export async function openTaskFor(db: Executor, postId: string) {
  return db.selectFrom("takedown_task").select(["id", "cause"]).where("post_id", "=", postId).where("state", "=", "open").executeTakeFirst();
}

export async function findTask(db: Executor, id: string) {
  return db.selectFrom("takedown_task").select(["id", "post_id", "cause", "consent_id", "reason", "state", "created_at"]).where("id", "=", id).executeTakeFirst();
}

export async function listTasks(db: Executor, filter: { state?: string; consentId?: string }, limit: number) {
  let q = db
    .selectFrom("takedown_task as t")
    .innerJoin("post as p", "p.id", "t.post_id")
    .innerJoin("account as a", "a.id", "p.account_id")
    .innerJoin("submission as s", "s.id", "p.submission_id")
    .leftJoin("app_user as creator", "creator.id", "t.created_by")
    .leftJoin("app_user as doer", "doer.id", "t.done_by")
    .select([
      "t.id",
      "t.post_id",
      "t.cause",
      "t.consent_id",
      "t.reason",
      "t.state",
      "t.created_at",
      "t.done_at",
      "t.note",
      "p.state as post_state",
      "p.remote_url",
      "p.account_id",
      "a.platform",
      "a.handle",
      "s.title",
      "creator.name as creator_name",
      "doer.name as doer_name",
    ]);
  if (filter.state) q = q.where("t.state", "=", filter.state);
  if (filter.consentId) q = q.where("t.consent_id", "=", filter.consentId);
  return q.orderBy("t.created_at", "desc").limit(limit).execute();
}

export async function closeTask(db: Executor, id: string, changes: { state: "done" | "cancelled"; done_at: string; done_by: string | null; note: string | null }): Promise<boolean> {
  const r = await db.updateTable("takedown_task").set(changes).where("id", "=", id).where("state", "=", "open").executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function openTasksOfPost(db: Executor, postId: string) {
  return db.selectFrom("takedown_task").select(["id"]).where("post_id", "=", postId).where("state", "=", "open").execute();
}
