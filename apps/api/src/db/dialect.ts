import { sql } from "kysely";
import { dialectOf, type Tx } from "./database.ts";

/**
 * The few places the two databases differ, in one file.
 */

/** Serialise writers of a chain (the audit log) across connections and processes. */
export async function lockChain(tx: Tx, key: number): Promise<void> {
  // SQLite transactions are already exclusive (begin immediate); Postgres needs a lock.
  if (dialectOf(tx) === "postgres") await sql`select pg_advisory_xact_lock(${key})`.execute(tx);
}

/** Did this error come from a unique constraint? */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown };
  return e.code === "23505" || e.code === "SQLITE_CONSTRAINT_UNIQUE" || e.code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
