import type { Kysely } from "kysely";

// Frozen once landed: later changes go in a new numbered file.

export async function up(db: Kysely<any>): Promise<void> {
  // A picture as sanitised on upload. The original's bytes are never kept: only the facts
  // its metadata stated (credit, copyright, GPS) and the hash of its bytes.
  await db.schema
    .createTable("asset")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("uploaded_by", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("department_id", "text", (c) => c.references("department.id"))
    .addColumn("original_name", "text", (c) => c.notNull())
    .addColumn("original_type", "text", (c) => c.notNull())
    .addColumn("original_bytes", "integer", (c) => c.notNull())
    .addColumn("original_sha256", "text", (c) => c.notNull())
    .addColumn("master_key", "text", (c) => c.notNull())
    .addColumn("master_type", "text", (c) => c.notNull())
    .addColumn("width", "integer", (c) => c.notNull())
    .addColumn("height", "integer", (c) => c.notNull())
    .addColumn("phash", "text", (c) => c.notNull())
    .addColumn("phash_crops", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("faces_json", "text")
    .addColumn("face_count", "integer")
    .addColumn("ocr_text", "text")
    .addColumn("meta_json", "text", (c) => c.notNull())
    .addColumn("people", "text")
    .addColumn("people_note", "text")
    .addColumn("people_declared_by", "text", (c) => c.references("app_user.id"))
    .addColumn("people_declared_at", "text")
    .addColumn("focal_x", "real", (c) => c.notNull())
    .addColumn("focal_y", "real", (c) => c.notNull())
    .addColumn("caption", "text", (c) => c.notNull())
    .addColumn("alt_text", "text", (c) => c.notNull())
    .addColumn("classification", "text")
    .addColumn("tags_json", "text", (c) => c.notNull())
    .addColumn("brand_state", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("asset_library_idx").on("asset").columns(["created_at"]).execute();
  await db.schema.createIndex("asset_uploader_idx").on("asset").columns(["uploaded_by", "created_at"]).execute();

  await db.schema
    .createTable("asset_rendition")
    .addColumn("asset_id", "text", (c) => c.notNull().references("asset.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("platform", "text")
    .addColumn("width", "integer", (c) => c.notNull())
    .addColumn("height", "integer", (c) => c.notNull())
    .addColumn("storage_key", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("bytes", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("asset_rendition_pk", ["asset_id", "name"])
    .execute();

  // One record per person: subject names live here and nowhere else (never in logs or audit text).
  await db.schema
    .createTable("consent")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("subject_name", "text", (c) => c.notNull())
    .addColumn("subject_kind", "text", (c) => c.notNull())
    .addColumn("guardian_name", "text")
    .addColumn("told_who", "text")
    .addColumn("told_purpose", "text")
    .addColumn("told_access", "text")
    .addColumn("platforms_json", "text", (c) => c.notNull())
    .addColumn("purposes", "text")
    .addColumn("given_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text")
    .addColumn("evidence_note", "text")
    .addColumn("evidence_key", "text")
    .addColumn("evidence_name", "text")
    .addColumn("evidence_type", "text")
    .addColumn("obtained_by", "text")
    .addColumn("recorded_by", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("withdrawn_at", "text")
    .addColumn("withdrawn_by", "text", (c) => c.references("app_user.id"))
    .addColumn("withdrawal_reason", "text")
    .addColumn("expiry_warned_at", "text")
    .addColumn("expiry_applied_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("consent_expiry_idx").on("consent").columns(["expires_at"]).execute();

  await db.schema
    .createTable("consent_asset")
    .addColumn("consent_id", "text", (c) => c.notNull().references("consent.id"))
    .addColumn("asset_id", "text", (c) => c.notNull().references("asset.id"))
    .addColumn("face_index", "integer")
    .addPrimaryKeyConstraint("consent_asset_pk", ["consent_id", "asset_id"])
    .execute();
  await db.schema.createIndex("consent_asset_asset_idx").on("consent_asset").columns(["asset_id"]).execute();

  await db.schema
    .createTable("submission_asset")
    .addColumn("submission_id", "text", (c) => c.notNull().references("submission.id"))
    .addColumn("asset_id", "text", (c) => c.notNull().references("asset.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("submission_asset_pk", ["submission_id", "asset_id"])
    .execute();
  await db.schema.createIndex("submission_asset_asset_idx").on("submission_asset").columns(["asset_id"]).execute();

  // A picture that looks like one whose consent was withdrawn: blocked until someone clears it.
  await db.schema
    .createTable("asset_flag")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("asset_id", "text", (c) => c.notNull().references("asset.id"))
    .addColumn("source_asset_id", "text", (c) => c.notNull().references("asset.id"))
    .addColumn("consent_id", "text", (c) => c.notNull().references("consent.id"))
    .addColumn("distance", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("cleared_at", "text")
    .addColumn("cleared_by", "text", (c) => c.references("app_user.id"))
    .addColumn("cleared_reason", "text")
    .execute();
  await db.schema.createIndex("asset_flag_asset_idx").on("asset_flag").columns(["asset_id"]).execute();

  // What is left to take down: after a withdrawal, an expiry, or a colleague's request.
  await db.schema
    .createTable("takedown_task")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("post_id", "text", (c) => c.notNull().references("post.id"))
    .addColumn("cause", "text", (c) => c.notNull())
    .addColumn("consent_id", "text", (c) => c.references("consent.id"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("done_at", "text")
    .addColumn("done_by", "text", (c) => c.references("app_user.id"))
    .addColumn("note", "text")
    .execute();
  await db.schema.createIndex("takedown_task_state_idx").on("takedown_task").columns(["state", "created_at"]).execute();

  // The sandbox platform shows the pictures a post carried.
  await db.schema.alterTable("sandbox_post").addColumn("media_json", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("sandbox_post").dropColumn("media_json").execute();
  for (const table of ["takedown_task", "asset_flag", "submission_asset", "consent_asset", "consent", "asset_rendition", "asset"]) {
    await db.schema.dropTable(table).execute();
  }
}
