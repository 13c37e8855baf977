import type { Executor } from "../db/database.ts";
import type { SandboxPostTable } from "../db/schema.ts";

export async function takeFault(db: Executor, accountId: string) {
  const fault = await db.selectFrom("sandbox_fault").select(["mode", "remaining", "retry_after_ms"]).where("account_id", "=", accountId).executeTakeFirst();
  if (!fault || fault.remaining <= 0) return null;
  await db.updateTable("sandbox_fault").set({ remaining: fault.remaining - 1 }).where("account_id", "=", accountId).execute();
  return fault;
}

export async function setFault(db: Executor, row: { account_id: string; mode: string; remaining: number; retry_after_ms: number | null }): Promise<void> {
  await db
    .insertInto("sandbox_fault")
    .values(row)
    .onConflict((oc) => oc.column("account_id").doUpdateSet({ mode: row.mode, remaining: row.remaining, retry_after_ms: row.retry_after_ms }))
    .execute();
}

export async function insertPost(db: Executor, row: SandboxPostTable): Promise<void> {
  await db.insertInto("sandbox_post").values(row).execute();
}

export async function findByKey(db: Executor, accountId: string, key: string) {
  return db
    .selectFrom("sandbox_post")
    .select(["id", "created_at"])
    .where("account_id", "=", accountId)
    .where("idempotency_key", "=", key)
    .where("deleted_at", "is", null)
    .orderBy("created_at")
    .executeTakeFirst();
}

export async function findPost(db: Executor, accountId: string, id: string) {
  return db.selectFrom("sandbox_post").select(["id", "deleted_at"]).where("account_id", "=", accountId).where("id", "=", id).executeTakeFirst();
}

export async function markDeleted(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable("sandbox_post").set({ deleted_at: at }).where("id", "=", id).execute();
}

export async function recordCall(db: Executor, row: { id: string; account_id: string; operation: string; idempotency_key: string | null; outcome: string; at: string }) {
  await db.insertInto("sandbox_call").values(row).execute();
}

export async function feed(db: Executor, accountId: string, limit: number) {
  return db
    .selectFrom("sandbox_post")
    .select(["id", "platform", "text", "created_at", "deleted_at", "media_json"])
    .where("account_id", "=", accountId)
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
}

/** Is this picture shown by a post still on the sandbox platform? */
export async function isPublishedMedia(db: Executor, key: string): Promise<boolean> {
  const row = await db
    .selectFrom("sandbox_post")
    .select("id")
    .where("deleted_at", "is", null)
    .where("media_json", "like", `%"key":"${key}"%`)
    .executeTakeFirst();
  return row !== undefined;
}
