import { recordAudit } from "../audit/service.ts";
import type { Executor } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import type { UserWithRoles } from "../users/repo.ts";
import * as repo from "./repo.ts";

const CONSENT_KEY = "consent";

export interface ConsentSettings {
  /** when consent ends, take published posts down through the platform at once (else comms does it from the task list) */
  automaticTakedown: boolean;
}

/** Withdrawal is the person's right at any time: by default their picture comes down at once. */
export const DEFAULT_CONSENT_SETTINGS: ConsentSettings = { automaticTakedown: true };

export async function consentSettings(db: Executor): Promise<ConsentSettings> {
  const row = await repo.findSetting(db, CONSENT_KEY);
  return { ...DEFAULT_CONSENT_SETTINGS, ...(row ? (JSON.parse(row.value_json) as Partial<ConsentSettings>) : {}) };
}

export async function updateConsentSettings(deps: Deps, actor: UserWithRoles, next: ConsentSettings): Promise<ConsentSettings> {
  await deps.db.transaction().execute(async (tx) => {
    const before = await consentSettings(tx);
    await repo.saveSetting(tx, { key: CONSENT_KEY, value_json: JSON.stringify(next), updated_by: actor.id, updated_at: deps.clock.now().toISOString() });
    await recordAudit(tx, deps.clock, { actorId: actor.id, action: "settings.consent_updated", entityType: "organisation_setting", entityId: CONSENT_KEY, before, after: next });
  });
  return next;
}
