import type { Executor } from "../db/database.ts";

export async function insertSession(
  db: Executor,
  session: { id: string; user_id: string; created_at: string; expires_at: string },
): Promise<void> {
  await db.insertInto("session").values(session).execute();
}

export async function findSession(db: Executor, id: string) {
  return db.selectFrom("session").select(["id", "user_id", "expires_at"]).where("id", "=", id).executeTakeFirst();
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("session").where("id", "=", id).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom("session").where("user_id", "=", userId).execute();
}

export async function deleteExpiredSessions(db: Executor, nowIso: string): Promise<void> {
  await db.deleteFrom("session").where("expires_at", "<=", nowIso).execute();
}

export async function findThrottle(db: Executor, key: string) {
  return db
    .selectFrom("login_throttle")
    .select(["failures", "first_failure_at", "locked_until"])
    .where("key", "=", key)
    .executeTakeFirst();
}

export async function saveThrottle(
  db: Executor,
  row: { key: string; failures: number; first_failure_at: string; locked_until: string | null },
): Promise<void> {
  await db
    .insertInto("login_throttle")
    .values(row)
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        failures: row.failures,
        first_failure_at: row.first_failure_at,
        locked_until: row.locked_until,
      }),
    )
    .execute();
}

export async function clearThrottle(db: Executor, key: string): Promise<void> {
  await db.deleteFrom("login_throttle").where("key", "=", key).execute();
}
