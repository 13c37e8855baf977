import type { Kysely } from "kysely";

// Frozen once landed: later changes go in a new numbered file.

export async function up(db: Kysely<any>): Promise<void> {
  // Credentials are one encrypted blob (AES-256-GCM, key from the environment); the columns
  // beside it are what the accounts page may show without decrypting anything.
  await db.schema.alterTable("account").addColumn("base_url", "text").execute();
  await db.schema.alterTable("account").addColumn("credentials_enc", "text").execute();
  await db.schema.alterTable("account").addColumn("remote_handle", "text").execute();
  await db.schema.alterTable("account").addColumn("token_expires_at", "text").execute();
  await db.schema.alterTable("account").addColumn("renew_by", "text").execute();
  await db.schema.alterTable("account").addColumn("connected_at", "text").execute();
  await db.schema.alterTable("account").addColumn("connected_by", "text", (c) => c.references("app_user.id")).execute();
  await db.schema.alterTable("account").addColumn("connection_error", "text").execute();

  // An OAuth round trip in flight: the state names it, the verifier proves it is ours (PKCE).
  await db.schema
    .createTable("oauth_state")
    .addColumn("state", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("account.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("code_verifier", "text", (c) => c.notNull())
    .addColumn("base_url", "text", (c) => c.notNull())
    .addColumn("redirect_uri", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("oauth_state").execute();
  for (const column of ["connection_error", "connected_by", "connected_at", "renew_by", "token_expires_at", "remote_handle", "credentials_enc", "base_url"]) {
    await db.schema.alterTable("account").dropColumn(column).execute();
  }
}
