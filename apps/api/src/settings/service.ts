import { DEFAULT_SETTINGS, type ScreeningSettings } from "@gatehouse/policy";
import { recordAudit } from "../audit/service.ts";
import type { Executor } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import type { UserWithRoles } from "../users/repo.ts";
import * as repo from "./repo.ts";

const SCREENING_KEY = "screening";

/** The organisation's screening settings, over the defaults for anything never set. */
export async function screeningSettings(db: Executor): Promise<ScreeningSettings> {
  const row = await repo.findSetting(db, SCREENING_KEY);
  if (!row) return DEFAULT_SETTINGS;
  return { ...DEFAULT_SETTINGS, ...(JSON.parse(row.value_json) as Partial<ScreeningSettings>) };
}

export async function screeningSettingsWithMeta(deps: Deps) {
  const row = await repo.findSetting(deps.db, SCREENING_KEY);
  return { settings: await screeningSettings(deps.db), updatedAt: row?.updated_at ?? null };
}

export async function updateScreeningSettings(deps: Deps, actor: UserWithRoles, next: ScreeningSettings): Promise<ScreeningSettings> {
  await deps.db.transaction().execute(async (tx) => {
    const before = await screeningSettings(tx);
    await repo.saveSetting(tx, {
      key: SCREENING_KEY,
      value_json: JSON.stringify(next),
      updated_by: actor.id,
      updated_at: deps.clock.now().toISOString(),
    });
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "settings.screening_updated",
      entityType: "organisation_setting",
      entityId: SCREENING_KEY,
      before,
      after: next,
    });
  });
  return next;
}
