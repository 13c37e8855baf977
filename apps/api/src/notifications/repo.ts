import type { Executor } from "../db/database.ts";
import type { NotificationTable } from "../db/schema.ts";

export async function insertNotifications(db: Executor, rows: NotificationTable[]): Promise<void> {
  if (rows.length) await db.insertInto("notification").values(rows).execute();
}

export async function listFor(db: Executor, userId: string, limit: number) {
  return db
    .selectFrom("notification")
    .select(["id", "kind", "text", "link", "created_at", "read_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

export async function unreadCount(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom("notification")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markRead(db: Executor, userId: string, ids: string[] | "all", at: string): Promise<void> {
  let q = db.updateTable("notification").set({ read_at: at }).where("user_id", "=", userId).where("read_at", "is", null);
  if (ids !== "all") q = q.where("id", "in", ids.length ? ids : [""]);
  await q.execute();
}

export async function hasNotification(db: Executor, userId: string, kind: string, link: string): Promise<boolean> {
  const row = await db.selectFrom("notification").select("id").where("user_id", "=", userId).where("kind", "=", kind).where("link", "=", link).executeTakeFirst();
  return !!row;
}
