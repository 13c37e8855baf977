import { copyDistance, NEAR_COPY_DISTANCE, PLATFORM_LABELS, type PictureHashes, type Platform } from "@gatehouse/policy";
import * as accountsRepo from "../accounts/repo.ts";
import * as assetsRepo from "../assets/repo.ts";
import { recordAudit } from "../audit/service.ts";
import type { Tx } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import { newId } from "../ids.ts";
import { notify } from "../notifications/service.ts";
import { gateFindings } from "../posts/gate.ts";
import * as postsRepo from "../posts/repo.ts";
import * as takedownsRepo from "../takedowns/repo.ts";
import * as consentRepo from "./repo.ts";

export interface Consequences {
  /** scheduled (or failed) posts that may no longer go out: now blocked */
  affectedPostIds: string[];
  /** published posts, or posts that may have gone out, that must come down */
  takedownPostIds: string[];
  /** other pictures that look like copies of these: flagged until someone clears them */
  flaggedAssetIds: string[];
}

const BLOCKABLE = ["scheduled", "failed"];

const hashesOf = (row: { phash: string; phash_crops: string }): PictureHashes => ({ whole: row.phash, crops: JSON.parse(row.phash_crops) as string[] });
/** A post being sent, or whose send is unconfirmed, may be out already: it gets a takedown task to check. */
const MAYBE_OUT = ["published", "publishing", "unknown"];

/**
 * What ending a consent (withdrawal, or expiry) does, in the caller's transaction: every
 * post carrying a picture of that person, or a near copy of it, is judged again by the
 * publish gate as of now. What may no longer go out is blocked; what is out gets a takedown
 * task; copies are flagged so they cannot slip through. The comms team hears of all of it.
 */
export async function applyConsentEnd(tx: Tx, deps: Deps, consentId: string, cause: "withdrawn" | "expired", actorId: string | null): Promise<Consequences> {
  const now = deps.clock.now();
  const linked = (await consentRepo.assetIdsOfConsent(tx, consentId)).map((l) => l.asset_id);

  const hashes = await assetsRepo.allHashes(tx);
  const sources = hashes.filter((h) => linked.includes(h.id));
  const flaggedAssetIds: string[] = [];
  for (const candidate of hashes) {
    if (linked.includes(candidate.id)) continue;
    const source = sources.find((s) => copyDistance(hashesOf(s), hashesOf(candidate)) <= NEAR_COPY_DISTANCE);
    if (!source) continue;
    const open = await assetsRepo.openFlagsOf(tx, [candidate.id]);
    if (open.some((f) => f.consent_id === consentId)) continue;
    await assetsRepo.insertFlag(tx, {
      id: newId(now.getTime()),
      asset_id: candidate.id,
      source_asset_id: source.id,
      consent_id: consentId,
      distance: copyDistance(hashesOf(source), hashesOf(candidate)),
      created_at: now.toISOString(),
      cleared_at: null,
      cleared_by: null,
      cleared_reason: null,
    });
    await recordAudit(tx, deps.clock, { actorId, action: "asset.near_copy_flagged", entityType: "asset", entityId: candidate.id, after: { sourceAssetId: source.id, consentId } });
    flaggedAssetIds.push(candidate.id);
  }

  const affectedPostIds: string[] = [];
  const takedownPostIds: string[] = [];
  const teamByAccount = new Map<string, string[]>();
  const reason = cause === "withdrawn" ? "Consent for a picture in this post was withdrawn." : "Consent for a picture in this post has expired.";
  for (const post of await postsRepo.postsCarrying(tx, [...linked, ...flaggedAssetIds])) {
    const findings = (await gateFindings(tx, { submissionId: post.submission_id, accountId: post.account_id, text: post.text, schedulerId: post.scheduled_by, at: now })).filter((f) =>
      f.category.startsWith("media."),
    );
    if (findings.length === 0) continue; // the picture does not need this consent here (public-place exemption)
    if (BLOCKABLE.includes(post.state)) {
      const moved = await postsRepo.updatePostFrom(tx, post.id, [post.state], { state: "blocked", findings_json: JSON.stringify(findings), last_error: findings[0]!.message, updated_at: now.toISOString() });
      if (!moved) continue;
      await recordAudit(tx, deps.clock, { actorId, action: "post.blocked", entityType: "post", entityId: post.id, before: { state: post.state }, after: { state: "blocked", consentId }, reason: findings.map((f) => f.rule).join(", ") });
      affectedPostIds.push(post.id);
    } else if (MAYBE_OUT.includes(post.state)) {
      takedownPostIds.push(post.id);
      if (await takedownsRepo.openTaskFor(tx, post.id)) continue;
      const taskId = newId(now.getTime());
      await takedownsRepo.insertTask(tx, {
        id: taskId,
        post_id: post.id,
        cause: cause === "withdrawn" ? "consent_withdrawn" : "consent_expired",
        consent_id: consentId,
        reason: post.state === "published" ? reason : `${reason} It was being published at the time: if it went out, take it down.`,
        state: "open",
        created_by: actorId,
        created_at: now.toISOString(),
        done_at: null,
        done_by: null,
        note: null,
      });
      await recordAudit(tx, deps.clock, { actorId, action: "takedown.requested", entityType: "takedown_task", entityId: taskId, after: { postId: post.id, cause, consentId } });
    } else continue;
    teamByAccount.set(post.account_id, [...(teamByAccount.get(post.account_id) ?? []), post.scheduled_by]);
  }

  // Everyone who can act on an account hears of it: whoever scheduled its posts and its comms team.
  for (const [accountId, schedulers] of teamByAccount) {
    const account = await accountsRepo.findAccount(tx, accountId);
    const team = [...schedulers, ...(await accountsRepo.granteeIds(tx, accountId))];
    const blocked = affectedPostIds.length;
    const down = takedownPostIds.length;
    await notify(
      tx,
      deps.clock,
      team,
      "consent_ended",
      `Consent ${cause === "withdrawn" ? "was withdrawn" : "expired"} for a picture on ${account ? `${PLATFORM_LABELS[account.platform as Platform]} ${account.handle}` : "an official account"}: ${blocked} scheduled post${blocked === 1 ? "" : "s"} blocked, ${down} published post${down === 1 ? "" : "s"} to take down.`,
      `/consents/${consentId}`,
    );
  }
  return { affectedPostIds, takedownPostIds, flaggedAssetIds };
}
