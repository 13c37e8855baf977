import type { Kysely } from "kysely";

// Frozen once landed: later changes go in a new numbered file.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("submission")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("author_id", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("department_id", "text", (c) => c.references("department.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("objective", "text", (c) => c.notNull())
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("key_messages", "text", (c) => c.notNull())
    .addColumn("measure", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("links_json", "text", (c) => c.notNull())
    .addColumn("desired_publish_at", "text")
    .addColumn("desired_publish_until", "text")
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("last_edited_by", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("claimed_by", "text", (c) => c.references("app_user.id"))
    .addColumn("decided_by", "text", (c) => c.references("app_user.id"))
    .addColumn("decided_at", "text")
    .addColumn("submitted_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("submission_state_idx").on("submission").columns(["state", "desired_publish_at"]).execute();
  await db.schema.createIndex("submission_author_idx").on("submission").columns(["author_id", "updated_at"]).execute();

  await db.schema
    .createTable("submission_target")
    .addColumn("submission_id", "text", (c) => c.notNull().references("submission.id").onDelete("cascade"))
    .addColumn("account_id", "text", (c) => c.notNull().references("account.id"))
    .addColumn("text", "text")
    .addColumn("edited_by", "text", (c) => c.references("app_user.id"))
    .addColumn("edited_at", "text")
    .addPrimaryKeyConstraint("submission_target_pk", ["submission_id", "account_id"])
    .execute();

  await db.schema
    .createTable("submission_revision")
    .addColumn("submission_id", "text", (c) => c.notNull().references("submission.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("snapshot_json", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("submission_revision_pk", ["submission_id", "number"])
    .execute();

  await db.schema
    .createTable("submission_comment")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("submission_id", "text", (c) => c.notNull().references("submission.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("submission_comment_idx").on("submission_comment").columns(["submission_id", "created_at"]).execute();

  await db.schema
    .createTable("screening_override")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("submission_id", "text", (c) => c.notNull().references("submission.id").onDelete("cascade"))
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("rule", "text", (c) => c.notNull())
    .addColumn("matched_text", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("screening_override_idx").on("screening_override").column("submission_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["screening_override", "submission_comment", "submission_revision", "submission_target", "submission"]) {
    await db.schema.dropTable(table).execute();
  }
}
