import type { Executor } from "../db/database.ts";
import type { ConsentTable } from "../db/schema.ts";

const COLUMNS = [
  "c.id",
  "c.subject_name",
  "c.subject_kind",
  "c.guardian_name",
  "c.told_who",
  "c.told_purpose",
  "c.told_access",
  "c.platforms_json",
  "c.purposes",
  "c.given_at",
  "c.expires_at",
  "c.evidence_note",
  "c.evidence_key",
  "c.evidence_name",
  "c.evidence_type",
  "c.obtained_by",
  "c.recorded_by",
  "c.withdrawn_at",
  "c.withdrawn_by",
  "c.withdrawal_reason",
  "c.expiry_warned_at",
  "c.expiry_applied_at",
  "c.created_at",
  "c.updated_at",
] as const;

function baseQuery(db: Executor) {
  return db
    .selectFrom("consent as c")
    .innerJoin("app_user as recorder", "recorder.id", "c.recorded_by")
    .leftJoin("app_user as withdrawer", "withdrawer.id", "c.withdrawn_by")
    .select([...COLUMNS, "recorder.name as recorder_name", "withdrawer.name as withdrawer_name"]);
}
export type ConsentRow = NonNullable<Awaited<ReturnType<typeof findConsent>>>;

export async function findConsent(db: Executor, id: string) {
  return baseQuery(db).where("c.id", "=", id).executeTakeFirst();
}

export interface ConsentFilter {
  search?: string;
  status?: "live" | "withdrawn" | "expired" | "expiring";
  assetId?: string;
  nowIso: string;
  soonIso: string;
}

export async function listConsents(db: Executor, filter: ConsentFilter, limit: number) {
  let q = baseQuery(db);
  if (filter.search) {
    const like = `%${filter.search.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb(eb.fn("lower", ["c.subject_name"]), "like", like), eb(eb.fn("lower", ["c.guardian_name"]), "like", like)]));
  }
  if (filter.assetId) {
    const assetId = filter.assetId;
    q = q.where((eb) => eb.exists(eb.selectFrom("consent_asset as ca").select("ca.asset_id").whereRef("ca.consent_id", "=", "c.id").where("ca.asset_id", "=", assetId)));
  }
  const live = (qb: typeof q) => qb.where("c.withdrawn_at", "is", null).where((eb) => eb.or([eb("c.expires_at", "is", null), eb("c.expires_at", ">", filter.nowIso)]));
  if (filter.status === "withdrawn") q = q.where("c.withdrawn_at", "is not", null);
  if (filter.status === "expired") q = q.where("c.withdrawn_at", "is", null).where("c.expires_at", "<=", filter.nowIso);
  if (filter.status === "live") q = live(q);
  if (filter.status === "expiring") q = live(q).where("c.expires_at", "<=", filter.soonIso);
  return q.orderBy("c.created_at", "desc").limit(limit).execute();
}

export async function insertConsent(db: Executor, row: ConsentTable): Promise<void> {
  await db.insertInto("consent").values(row).execute();
}

export async function updateConsent(db: Executor, id: string, changes: Partial<Omit<ConsentTable, "id">>): Promise<void> {
  await db.updateTable("consent").set(changes).where("id", "=", id).execute();
}

/** Withdraws only a consent that is not withdrawn yet: two people withdrawing at once cannot both act. */
export async function markWithdrawn(db: Executor, id: string, changes: { withdrawn_at: string; withdrawn_by: string | null; withdrawal_reason: string; updated_at: string }): Promise<boolean> {
  const result = await db.updateTable("consent").set(changes).where("id", "=", id).where("withdrawn_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function linkAsset(db: Executor, row: { consent_id: string; asset_id: string; face_index: number | null }): Promise<void> {
  await db
    .insertInto("consent_asset")
    .values(row)
    .onConflict((oc) => oc.columns(["consent_id", "asset_id"]).doUpdateSet({ face_index: row.face_index }))
    .execute();
}

export async function unlinkAsset(db: Executor, consentId: string, assetId: string): Promise<boolean> {
  const result = await db.deleteFrom("consent_asset").where("consent_id", "=", consentId).where("asset_id", "=", assetId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** The consents linked to these assets, with what the rule needs (and the name, for those allowed to see it). */
export async function consentsOfAssets(db: Executor, assetIds: readonly string[]) {
  if (assetIds.length === 0) return [];
  return db
    .selectFrom("consent_asset as ca")
    .innerJoin("consent as c", "c.id", "ca.consent_id")
    .select([
      "ca.asset_id",
      "ca.face_index",
      "c.id",
      "c.subject_name",
      "c.subject_kind",
      "c.platforms_json",
      "c.given_at",
      "c.expires_at",
      "c.withdrawn_at",
    ])
    .where("ca.asset_id", "in", [...assetIds])
    .orderBy("c.created_at")
    .execute();
}

export async function assetIdsOfConsent(db: Executor, consentId: string) {
  return (await db.selectFrom("consent_asset").select(["asset_id", "face_index"]).where("consent_id", "=", consentId).execute());
}

/** Live consents that end within the warning window and have not been warned about. */
export async function dueForWarning(db: Executor, nowIso: string, soonIso: string) {
  return baseQuery(db)
    .where("c.withdrawn_at", "is", null)
    .where("c.expiry_warned_at", "is", null)
    .where("c.expires_at", ">", nowIso)
    .where("c.expires_at", "<=", soonIso)
    .execute();
}

/** Consents whose expiry has passed and whose consequences have not been applied yet. */
export async function dueForExpiry(db: Executor, nowIso: string) {
  return baseQuery(db).where("c.withdrawn_at", "is", null).where("c.expiry_applied_at", "is", null).where("c.expires_at", "<=", nowIso).execute();
}

/** Marks a consent warned; false when another worker's sweep got there first. */
export async function claimExpiryWarning(db: Executor, id: string, nowIso: string): Promise<boolean> {
  const r = await db.updateTable("consent").set({ expiry_warned_at: nowIso }).where("id", "=", id).where("expiry_warned_at", "is", null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks a consent's expiry applied; false when it was applied (or the consent withdrawn) already. */
export async function claimExpiry(db: Executor, id: string, nowIso: string): Promise<boolean> {
  const r = await db
    .updateTable("consent")
    .set({ expiry_applied_at: nowIso })
    .where("id", "=", id)
    .where("expiry_applied_at", "is", null)
    .where("withdrawn_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
