import { sql, type Kysely } from "kysely";

// Frozen once landed: later changes go in a new numbered file.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("post")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("submission_id", "text", (c) => c.notNull().references("submission.id"))
    .addColumn("account_id", "text", (c) => c.notNull().references("account.id"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("publish_at", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("scheduled_by", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("attempt_count", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at", "text")
    .addColumn("lease_owner", "text")
    .addColumn("lease_until", "text")
    .addColumn("remote_id", "text")
    .addColumn("remote_url", "text")
    .addColumn("findings_json", "text")
    .addColumn("last_error", "text")
    .addColumn("published_at", "text")
    .addColumn("taken_down_at", "text")
    .addColumn("takedown_reason", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  // The worker's question, "what is due?", and the calendar's, "what is in this month?".
  await db.schema.createIndex("post_due_idx").on("post").columns(["state", "publish_at"]).execute();
  await db.schema.createIndex("post_calendar_idx").on("post").columns(["publish_at", "account_id"]).execute();
  // One live post per submission and account: cancelling frees the slot for a new one.
  await db.schema
    .createIndex("post_one_live_per_target")
    .on("post")
    .columns(["submission_id", "account_id"])
    .unique()
    .where(sql.ref("state"), "<>", "cancelled")
    .execute();

  await db.schema
    .createTable("post_attempt")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("post_id", "text", (c) => c.notNull().references("post.id"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    .addColumn("worker", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .addColumn("outcome", "text")
    .addColumn("error", "text")
    .addColumn("remote_id", "text")
    .addColumn("remote_url", "text")
    .addUniqueConstraint("post_attempt_number_uq", ["post_id", "number"])
    .execute();

  // The built-in sandbox platform: what was "published", and every call made to it.
  await db.schema
    .createTable("sandbox_post")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("account.id"))
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("idempotency_key", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema.createIndex("sandbox_post_account_idx").on("sandbox_post").columns(["account_id", "created_at"]).execute();
  await db.schema.createIndex("sandbox_post_key_idx").on("sandbox_post").column("idempotency_key").execute();

  await db.schema
    .createTable("sandbox_call")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull())
    .addColumn("operation", "text", (c) => c.notNull())
    .addColumn("idempotency_key", "text")
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sandbox_fault")
    .addColumn("account_id", "text", (c) => c.primaryKey())
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("remaining", "integer", (c) => c.notNull())
    .addColumn("retry_after_ms", "integer")
    .execute();

  await db.schema
    .createTable("notification")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("link", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .execute();
  await db.schema.createIndex("notification_user_idx").on("notification").columns(["user_id", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["notification", "sandbox_fault", "sandbox_call", "sandbox_post", "post_attempt", "post"]) {
    await db.schema.dropTable(table).execute();
  }
}
