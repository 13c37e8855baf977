import { recordAudit } from "../audit/service.ts";
import type { Executor } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import * as settingsRepo from "../settings/repo.ts";
import type { UserWithRoles } from "../users/repo.ts";

const BRAND_KEY = "brand";

export interface BrandSettings {
  /** a credit to the organisation itself is not a credit to an individual */
  organisationName: string;
  /** the organisation's tags: its information labelling taxonomy */
  taxonomy: string[];
}

export const DEFAULT_BRAND_SETTINGS: BrandSettings = { organisationName: "", taxonomy: [] };

export async function brandSettings(db: Executor): Promise<BrandSettings> {
  const row = await settingsRepo.findSetting(db, BRAND_KEY);
  return { ...DEFAULT_BRAND_SETTINGS, ...(row ? (JSON.parse(row.value_json) as Partial<BrandSettings>) : {}) };
}

export async function updateBrandSettings(deps: Deps, actor: UserWithRoles | null, next: BrandSettings): Promise<BrandSettings> {
  const clean = { organisationName: next.organisationName.trim(), taxonomy: [...new Set(next.taxonomy.map((t) => t.trim()).filter(Boolean))] };
  await deps.db.transaction().execute(async (tx) => {
    const before = await brandSettings(tx);
    await settingsRepo.saveSetting(tx, { key: BRAND_KEY, value_json: JSON.stringify(clean), updated_by: actor?.id ?? null, updated_at: deps.clock.now().toISOString() });
    await recordAudit(tx, deps.clock, { actorId: actor?.id ?? null, action: "settings.brand_updated", entityType: "organisation_setting", entityId: BRAND_KEY, before, after: clean });
  });
  return clean;
}
