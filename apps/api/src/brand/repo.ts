import type { Executor } from "../db/database.ts";
import type { BrandedRenditionTable, BrandKitTable } from "../db/schema.ts";

const KIT_COLUMNS = [
  "id",
  "scope",
  "version",
  "logo_key",
  "logo_name",
  "logo_width",
  "logo_height",
  "corner",
  "margin",
  "size",
  "min_width",
  "colours_json",
  "strap_json",
  "created_by",
  "created_at",
] as const;
export type KitRow = Pick<BrandKitTable, (typeof KIT_COLUMNS)[number]>;

/** The latest version of a scope's kit. */
export async function currentKit(db: Executor, scope: string): Promise<KitRow | undefined> {
  return db.selectFrom("brand_kit").select(KIT_COLUMNS).where("scope", "=", scope).orderBy("version", "desc").limit(1).executeTakeFirst();
}

export async function findKit(db: Executor, id: string): Promise<KitRow | undefined> {
  return db.selectFrom("brand_kit").select(KIT_COLUMNS).where("id", "=", id).executeTakeFirst();
}

export async function kitVersions(db: Executor, scope: string) {
  return db
    .selectFrom("brand_kit as k")
    .leftJoin("app_user as u", "u.id", "k.created_by")
    .select(["k.id", "k.version", "k.logo_name", "k.created_at", "u.name as created_by_name"])
    .where("k.scope", "=", scope)
    .orderBy("k.version", "desc")
    .limit(50)
    .execute();
}

/** The scopes that have a kit of their own: the organisation, and any account given one. */
export async function kitScopes(db: Executor): Promise<string[]> {
  return (await db.selectFrom("brand_kit").select("scope").distinct().execute()).map((r) => r.scope);
}

export async function insertKit(db: Executor, row: BrandKitTable): Promise<void> {
  await db.insertInto("brand_kit").values(row).execute();
}

export async function findBranded(db: Executor, key: { asset_id: string; name: string; kit_id: string; base_key: string }) {
  return db
    .selectFrom("branded_rendition")
    .select(["storage_key", "width", "height", "bytes"])
    .where("asset_id", "=", key.asset_id)
    .where("name", "=", key.name)
    .where("kit_id", "=", key.kit_id)
    .where("base_key", "=", key.base_key)
    .executeTakeFirst();
}

/** Two requests making the same branded rendition at once store the same bytes: the second insert is a no-op. */
export async function insertBranded(db: Executor, row: BrandedRenditionTable): Promise<void> {
  await db
    .insertInto("branded_rendition")
    .values(row)
    .onConflict((oc) => oc.columns(["asset_id", "name", "kit_id", "base_key"]).doNothing())
    .execute();
}
