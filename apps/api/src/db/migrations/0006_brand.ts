import type { Kysely } from "kysely";

// Frozen once landed: later changes go in a new numbered file.

export async function up(db: Kysely<any>): Promise<void> {
  // A kit is never edited: each change is a new version, so a published post can name the one it wore.
  await db.schema
    .createTable("brand_kit")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("logo_key", "text")
    .addColumn("logo_name", "text")
    .addColumn("logo_width", "integer")
    .addColumn("logo_height", "integer")
    .addColumn("corner", "text", (c) => c.notNull())
    .addColumn("margin", "real", (c) => c.notNull())
    .addColumn("size", "real", (c) => c.notNull())
    .addColumn("min_width", "integer", (c) => c.notNull())
    .addColumn("colours_json", "text", (c) => c.notNull())
    .addColumn("strap_json", "text")
    .addColumn("created_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("brand_kit_scope_version_uq", ["scope", "version"])
    .execute();

  // Branded renditions are made when first asked for, per kit version and per crop.
  await db.schema
    .createTable("branded_rendition")
    .addColumn("asset_id", "text", (c) => c.notNull().references("asset.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kit_id", "text", (c) => c.notNull().references("brand_kit.id"))
    .addColumn("base_key", "text", (c) => c.notNull())
    .addColumn("storage_key", "text", (c) => c.notNull())
    .addColumn("width", "integer", (c) => c.notNull())
    .addColumn("height", "integer", (c) => c.notNull())
    .addColumn("bytes", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("branded_rendition_pk", ["asset_id", "name", "kit_id", "base_key"])
    .execute();

  await db.schema.alterTable("asset").addColumn("brand_reviewed_by", "text").execute();
  await db.schema.alterTable("asset").addColumn("brand_reviewed_at", "text").execute();
  await db.schema.alterTable("asset").addColumn("brand_reason", "text").execute();
  await db.schema.alterTable("post").addColumn("kit_id", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("post").dropColumn("kit_id").execute();
  for (const column of ["brand_reason", "brand_reviewed_at", "brand_reviewed_by"]) await db.schema.alterTable("asset").dropColumn(column).execute();
  await db.schema.dropTable("branded_rendition").execute();
  await db.schema.dropTable("brand_kit").execute();
}
