import type { Executor } from "../db/database.ts";
import type { OAuthStateTable } from "../db/schema.ts";

const CONNECTION_COLUMNS = [
  "id",
  "platform",
  "handle",
  "name",
  "status",
  "connector",
  "base_url",
  "remote_handle",
  "token_expires_at",
  "renew_by",
  "connected_at",
  "connected_by",
  "connection_error",
] as const;

/** An account's connection as the pages may see it: never the credentials. */
export async function findConnection(db: Executor, accountId: string) {
  return db.selectFrom("account").select(CONNECTION_COLUMNS).where("id", "=", accountId).executeTakeFirst();
}

export async function listConnections(db: Executor) {
  return db.selectFrom("account").select(CONNECTION_COLUMNS).execute();
}

export async function readSealedCredentials(db: Executor, accountId: string): Promise<string | null> {
  const row = await db.selectFrom("account").select("credentials_enc").where("id", "=", accountId).executeTakeFirst();
  return row?.credentials_enc ?? null;
}

export async function sealedCredentialsOfAll(db: Executor) {
  return db.selectFrom("account").select(["id", "credentials_enc"]).where("credentials_enc", "is not", null).execute();
}

export interface ConnectionChanges {
  connector?: string;
  base_url?: string | null;
  credentials_enc?: string | null;
  remote_handle?: string | null;
  token_expires_at?: string | null;
  renew_by?: string | null;
  connected_at?: string | null;
  connected_by?: string | null;
  connection_error?: string | null;
  updated_at: string;
}

export async function updateConnection(db: Executor, accountId: string, changes: ConnectionChanges): Promise<void> {
  await db.updateTable("account").set(changes).where("id", "=", accountId).execute();
}

/** Saves refreshed credentials only over the ones the refresher read, so two workers cannot undo each other. */
export async function replaceCredentials(db: Executor, accountId: string, before: string, changes: ConnectionChanges): Promise<boolean> {
  const result = await db.updateTable("account").set(changes).where("id", "=", accountId).where("credentials_enc", "=", before).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertOAuthState(db: Executor, row: OAuthStateTable): Promise<void> {
  await db.insertInto("oauth_state").values(row).execute();
}

/** Used once: taken and deleted in one go, so a replayed callback finds nothing. */
export async function takeOAuthState(db: Executor, state: string) {
  const row = await db.selectFrom("oauth_state").selectAll().where("state", "=", state).executeTakeFirst();
  if (!row) return undefined;
  const result = await db.deleteFrom("oauth_state").where("state", "=", state).executeTakeFirst();
  return Number(result.numDeletedRows) > 0 ? row : undefined;
}

export async function deleteExpiredOAuthStates(db: Executor, now: string): Promise<void> {
  await db.deleteFrom("oauth_state").where("expires_at", "<", now).execute();
}
