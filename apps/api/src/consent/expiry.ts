import { CONSENT_EXPIRY_WARNING_DAYS, toLondon } from "@gatehouse/policy";
import { recordAudit } from "../audit/service.ts";
import type { Deps } from "../deps.ts";
import { notify } from "../notifications/service.ts";
import * as usersRepo from "../users/repo.ts";
import { expireConsent } from "./service.ts";
import * as repo from "./repo.ts";

export interface SweepResult {
  warned: number;
  expired: number;
}

/**
 * The consent register's daily round: a warning to the people who look after a consent 30
 * days before it ends, and, once it has ended, the same consequences as a withdrawal.
 * Safe to run as often as anyone likes: each consent is warned about and expired once.
 */
export async function sweepConsents(deps: Deps): Promise<SweepResult> {
  const now = deps.clock.now();
  const soon = new Date(now.getTime() + CONSENT_EXPIRY_WARNING_DAYS * 86_400_000);
  const igOfficers = await usersRepo.userIdsWithRole(deps.db, "ig_officer");
  let warned = 0;
  for (const consent of await repo.dueForWarning(deps.db, now.toISOString(), soon.toISOString())) {
    const sent = await deps.db.transaction().execute(async (tx) => {
      if (!(await repo.claimExpiryWarning(tx, consent.id, now.toISOString()))) return false;
      const owners = [consent.recorded_by, ...igOfficers];
      const when = toLondon(new Date(consent.expires_at!)).date;
      // No name in the notice: it is shown in lists and on screens that others may see.
      await notify(tx, deps.clock, owners, "consent_expiring", `A consent record ends on ${when}: renew it, or its pictures stop being publishable then.`, `/consents/${consent.id}`);
      await recordAudit(tx, deps.clock, { actorId: null, action: "consent.expiry_warned", entityType: "consent", entityId: consent.id, after: { expiresAt: consent.expires_at } });
      return true;
    });
    if (sent) warned++;
  }
  let expired = 0;
  for (const consent of await repo.dueForExpiry(deps.db, now.toISOString())) {
    if (await expireConsent(deps, consent.id)) expired++;
  }
  return { warned, expired };
}
