import { sql } from "kysely";
import type { Executor } from "../db/database.ts";
import type { AssetFlagTable, AssetRenditionTable, AssetTable } from "../db/schema.ts";

const COLUMNS = [
  "a.id",
  "a.uploaded_by",
  "a.department_id",
  "a.original_name",
  "a.original_type",
  "a.original_bytes",
  "a.original_sha256",
  "a.master_key",
  "a.master_type",
  "a.width",
  "a.height",
  "a.phash",
  "a.phash_crops",
  "a.state",
  "a.faces_json",
  "a.face_count",
  "a.ocr_text",
  "a.meta_json",
  "a.people",
  "a.people_note",
  "a.people_declared_by",
  "a.people_declared_at",
  "a.focal_x",
  "a.focal_y",
  "a.caption",
  "a.alt_text",
  "a.classification",
  "a.tags_json",
  "a.brand_state",
  "a.brand_reviewed_by",
  "a.brand_reviewed_at",
  "a.brand_reason",
  "a.created_at",
  "a.updated_at",
] as const;

function baseQuery(db: Executor) {
  return db
    .selectFrom("asset as a")
    .innerJoin("app_user as u", "u.id", "a.uploaded_by")
    .leftJoin("department as d", "d.id", "a.department_id")
    .leftJoin("app_user as reviewer", "reviewer.id", "a.brand_reviewed_by")
    .select([...COLUMNS, "u.name as uploader_name", "d.name as department_name", "reviewer.name as reviewer_name"]);
}
export type AssetRow = NonNullable<Awaited<ReturnType<typeof findAsset>>>;

export async function findAsset(db: Executor, id: string) {
  return baseQuery(db).where("a.id", "=", id).executeTakeFirst();
}

export async function findAssets(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return baseQuery(db).where("a.id", "in", [...ids]).execute();
}

export interface AssetFilter {
  uploadedBy?: string;
  tag?: string;
  classification?: string;
  brandState?: string;
  departmentId?: string;
  people?: string;
  from?: string;
  to?: string;
  search?: string;
  ids?: string[];
}

/** A LIKE pattern for text containing this, its own % and _ taken literally (on both databases). */
function containing(text: string): string {
  return `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}

export async function listAssets(db: Executor, filter: AssetFilter, limit: number) {
  let q = baseQuery(db);
  if (filter.uploadedBy) q = q.where("a.uploaded_by", "=", filter.uploadedBy);
  if (filter.brandState) q = q.where("a.brand_state", "=", filter.brandState);
  if (filter.classification === "unlabelled") q = q.where("a.classification", "is", null);
  else if (filter.classification) q = q.where("a.classification", "=", filter.classification);
  if (filter.tag) {
    // Tags are a JSON array of strings: match one whole, in any case.
    const like = containing(JSON.stringify(filter.tag.trim().toLowerCase()));
    q = q.where(sql<boolean>`lower(a.tags_json) like ${like} escape '\\'`);
  }
  if (filter.departmentId) q = q.where("a.department_id", "=", filter.departmentId);
  if (filter.people === "undeclared") q = q.where("a.people", "is", null);
  else if (filter.people) q = q.where("a.people", "=", filter.people);
  if (filter.from) q = q.where("a.created_at", ">=", filter.from);
  if (filter.to) q = q.where("a.created_at", "<", filter.to);
  if (filter.ids) q = q.where("a.id", "in", filter.ids.length ? filter.ids : [""]);
  if (filter.search) {
    const like = containing(filter.search.toLowerCase());
    q = q.where(sql<boolean>`(lower(a.original_name) like ${like} escape '\\' or lower(a.caption) like ${like} escape '\\')`);
  }
  return q.orderBy("a.created_at", "desc").limit(limit).execute();
}

export async function insertAsset(db: Executor, row: AssetTable): Promise<void> {
  await db.insertInto("asset").values(row).execute();
}

export async function updateAsset(db: Executor, id: string, changes: Partial<Omit<AssetTable, "id">>): Promise<void> {
  await db.updateTable("asset").set(changes).where("id", "=", id).execute();
}

export async function replaceRenditions(db: Executor, assetId: string, rows: AssetRenditionTable[]): Promise<void> {
  await db.deleteFrom("asset_rendition").where("asset_id", "=", assetId).execute();
  if (rows.length) await db.insertInto("asset_rendition").values(rows).execute();
}

export async function renditionsOf(db: Executor, assetIds: readonly string[]) {
  if (assetIds.length === 0) return [];
  return db
    .selectFrom("asset_rendition")
    .select(["asset_id", "name", "platform", "width", "height", "storage_key", "content_type", "bytes"])
    .where("asset_id", "in", [...assetIds])
    .execute();
}

export async function findRendition(db: Executor, assetId: string, name: string) {
  return db
    .selectFrom("asset_rendition")
    .select(["asset_id", "name", "platform", "width", "height", "storage_key", "content_type", "bytes"])
    .where("asset_id", "=", assetId)
    .where("name", "=", name)
    .executeTakeFirst();
}

/** Every asset's perceptual hash: near copies are found by comparing them (64-bit, so a scan is cheap). */
export async function allHashes(db: Executor) {
  return db.selectFrom("asset").select(["id", "phash", "phash_crops"]).execute();
}

export async function openFlagsOf(db: Executor, assetIds: readonly string[]) {
  if (assetIds.length === 0) return [];
  return db
    .selectFrom("asset_flag")
    .select(["id", "asset_id", "source_asset_id", "consent_id", "distance", "created_at"])
    .where("asset_id", "in", [...assetIds])
    .where("cleared_at", "is", null)
    .execute();
}

export async function insertFlag(db: Executor, row: AssetFlagTable): Promise<void> {
  await db.insertInto("asset_flag").values(row).execute();
}

export async function clearFlags(db: Executor, assetId: string, changes: { cleared_at: string; cleared_by: string; cleared_reason: string }): Promise<number> {
  const result = await db.updateTable("asset_flag").set(changes).where("asset_id", "=", assetId).where("cleared_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function assetIdsOfSubmissions(db: Executor, submissionIds: readonly string[]) {
  if (submissionIds.length === 0) return [];
  return db
    .selectFrom("submission_asset")
    .select(["submission_id", "asset_id", "position"])
    .where("submission_id", "in", [...submissionIds])
    .orderBy("position")
    .execute();
}

export async function setSubmissionAssets(db: Executor, submissionId: string, assetIds: readonly string[]): Promise<void> {
  await db.deleteFrom("submission_asset").where("submission_id", "=", submissionId).execute();
  if (assetIds.length) {
    await db
      .insertInto("submission_asset")
      .values(assetIds.map((asset_id, position) => ({ submission_id: submissionId, asset_id, position })))
      .execute();
  }
}

/** Where a picture is used: the submissions that carry it. */
export async function submissionsUsing(db: Executor, assetIds: readonly string[]) {
  if (assetIds.length === 0) return [];
  return db
    .selectFrom("submission_asset as sa")
    .innerJoin("submission as s", "s.id", "sa.submission_id")
    .select(["sa.asset_id", "s.id", "s.title", "s.state"])
    .where("sa.asset_id", "in", [...assetIds])
    .execute();
}
