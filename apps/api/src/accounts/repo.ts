import type { Executor } from "../db/database.ts";
import type { AccountTable } from "../db/schema.ts";

// The connection's public columns only: the encrypted credentials are read by connections/ alone.
const COLUMNS = [
  "id",
  "platform",
  "handle",
  "name",
  "status",
  "connector",
  "created_at",
  "updated_at",
  "base_url",
  "remote_handle",
  "token_expires_at",
  "renew_by",
  "connected_at",
  "connection_error",
] as const;

export function handleKey(handle: string): string {
  return handle.trim().replace(/^@/, "").toLowerCase();
}

export async function listAccounts(db: Executor) {
  return db.selectFrom("account").select(COLUMNS).orderBy("platform").orderBy("name").execute();
}

export async function findAccount(db: Executor, id: string) {
  return db.selectFrom("account").select(COLUMNS).where("id", "=", id).executeTakeFirst();
}

export async function findAccountByHandle(db: Executor, platform: string, key: string) {
  return db.selectFrom("account").select(COLUMNS).where("platform", "=", platform).where("handle_key", "=", key).executeTakeFirst();
}

export async function insertAccount(db: Executor, row: AccountTable): Promise<void> {
  await db.insertInto("account").values(row).execute();
}

export async function updateAccount(
  db: Executor,
  id: string,
  changes: { name?: string; status?: string; updated_at: string },
): Promise<void> {
  await db.updateTable("account").set(changes).where("id", "=", id).execute();
}

export async function grantsOfAccount(db: Executor, accountId: string) {
  return db
    .selectFrom("account_grant")
    .innerJoin("app_user", "app_user.id", "account_grant.user_id")
    .select(["account_grant.user_id as userId", "app_user.name", "app_user.email", "account_grant.granted_at as grantedAt"])
    .where("account_grant.account_id", "=", accountId)
    .orderBy("app_user.name")
    .execute();
}

export async function grantedAccountIds(db: Executor, userId: string): Promise<string[]> {
  const rows = await db.selectFrom("account_grant").select("account_id").where("user_id", "=", userId).execute();
  return rows.map((r) => r.account_id);
}

export async function granteeIds(db: Executor, accountId: string): Promise<string[]> {
  const rows = await db.selectFrom("account_grant").select("user_id").where("account_id", "=", accountId).execute();
  return rows.map((r) => r.user_id);
}

export async function grantCounts(db: Executor) {
  return db
    .selectFrom("account_grant")
    .select(["account_id", (eb) => eb.fn.countAll<string | number>().as("n")])
    .groupBy("account_id")
    .execute();
}

export async function findGrant(db: Executor, accountId: string, userId: string) {
  return db
    .selectFrom("account_grant")
    .select(["account_id", "user_id"])
    .where("account_id", "=", accountId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export async function insertGrant(
  db: Executor,
  row: { account_id: string; user_id: string; granted_by: string | null; granted_at: string },
): Promise<void> {
  await db.insertInto("account_grant").values(row).execute();
}

export async function deleteGrant(db: Executor, accountId: string, userId: string): Promise<void> {
  await db.deleteFrom("account_grant").where("account_id", "=", accountId).where("user_id", "=", userId).execute();
}
