import {
  CONSENT_EXPIRY_WARNING_DAYS,
  consentStatusAt,
  decideAssetAction,
  type BrandState,
  type ConsentSubjectKind,
  type Platform,
} from "@gatehouse/policy";
import * as assetsRepo from "../assets/repo.ts";
import { recordAudit } from "../audit/service.ts";
import type { Tx } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import { AppError, badField, notFound } from "../errors.ts";
import { newId } from "../ids.ts";
import * as postsRepo from "../posts/repo.ts";
import { loadPost, performTakedown } from "../posts/service.ts";
import { consentSettings } from "../settings/consent-settings.ts";
import * as takedownsRepo from "../takedowns/repo.ts";
import type { UserWithRoles } from "../users/repo.ts";
import { consentFactsOf } from "../assets/facts.ts";
import { applyConsentEnd, type Consequences } from "./consequences.ts";
import * as repo from "./repo.ts";

export interface ConsentInput {
  subjectName: string;
  subjectKind: ConsentSubjectKind;
  guardianName?: string | undefined;
  platforms: Platform[];
  purposes?: string | undefined;
  toldWho?: string | undefined;
  toldPurpose?: string | undefined;
  toldAccess?: string | undefined;
  givenAt?: string | undefined;
  /** null or absent: no expiry */
  expiresAt?: string | null | undefined;
  evidence: string;
  obtainedBy?: string | undefined;
  assetIds: string[];
  /** which face in which picture is this person, where known */
  faces?: { assetId: string; faceIndex: number }[] | undefined;
}

async function checkAssets(tx: Tx, actor: UserWithRoles, assetIds: readonly string[], faces: ConsentInput["faces"]): Promise<void> {
  const rows = await assetsRepo.findAssets(tx, assetIds);
  for (const id of assetIds) {
    const row = rows.find((r) => r.id === id);
    if (!row || !decideAssetAction("view", { uploadedBy: row.uploaded_by, brandState: row.brand_state as BrandState }, actor).ok) {
      throw badField("assetIds", `There is no such picture: ${id}.`);
    }
  }
  for (const face of faces ?? []) {
    const row = rows.find((r) => r.id === face.assetId);
    if (!row) throw badField("faces", "A face must belong to one of the linked pictures.");
    if (row.face_count === null || face.faceIndex >= row.face_count) throw badField("faces", `"${row.original_name}" has no face number ${face.faceIndex + 1}.`);
  }
}

/** One person's consent, linked to the pictures they appear in. The name stays in this table: never in the audit log or the logs. */
export async function createConsent(deps: Deps, actor: UserWithRoles, consentInput: ConsentInput) {
  const input = { ...consentInput, expiresAt: consentInput.expiresAt ?? null };
  const now = deps.clock.now();
  const givenAt = input.givenAt ?? now.toISOString();
  if (givenAt > now.toISOString()) throw badField("givenAt", "Consent cannot be dated in the future: record it once it is given.");
  if (input.expiresAt !== null && input.expiresAt <= now.toISOString()) throw badField("expiresAt", "That expiry date has passed: choose a date in the future.");
  if (input.expiresAt !== null && input.expiresAt <= givenAt) throw badField("expiresAt", "The expiry must be after the date consent was given.");
  const id = newId(now.getTime());
  await deps.db.transaction().execute(async (tx) => {
    await checkAssets(tx, actor, input.assetIds, input.faces);
    await repo.insertConsent(tx, {
      id,
      subject_name: input.subjectName.trim(),
      subject_kind: input.subjectKind,
      guardian_name: input.guardianName?.trim() || null,
      told_who: input.toldWho?.trim() || null,
      told_purpose: input.toldPurpose?.trim() || null,
      told_access: input.toldAccess?.trim() || null,
      platforms_json: JSON.stringify([...new Set(input.platforms)]),
      purposes: input.purposes?.trim() || null,
      given_at: givenAt,
      expires_at: input.expiresAt,
      evidence_note: input.evidence.trim(),
      evidence_key: null,
      evidence_name: null,
      evidence_type: null,
      obtained_by: input.obtainedBy?.trim() || actor.name,
      recorded_by: actor.id,
      withdrawn_at: null,
      withdrawn_by: null,
      withdrawal_reason: null,
      expiry_warned_at: null,
      expiry_applied_at: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    for (const assetId of new Set(input.assetIds)) {
      const face = input.faces?.find((f) => f.assetId === assetId);
      await repo.linkAsset(tx, { consent_id: id, asset_id: assetId, face_index: face?.faceIndex ?? null });
    }
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "consent.recorded",
      entityType: "consent",
      entityId: id,
      after: { subjectKind: input.subjectKind, platforms: input.platforms, givenAt, expiresAt: input.expiresAt, assetIds: input.assetIds },
    });
  });
  return { id };
}

function consentView(row: repo.ConsentRow, now: Date) {
  return {
    id: row.id,
    subjectName: row.subject_name,
    subjectKind: row.subject_kind as ConsentSubjectKind,
    guardianName: row.guardian_name,
    toldWho: row.told_who,
    toldPurpose: row.told_purpose,
    toldAccess: row.told_access,
    platforms: consentFactsOf(row).platforms,
    purposes: row.purposes,
    givenAt: row.given_at,
    expiresAt: row.expires_at,
    status: consentStatusAt(consentFactsOf(row), now),
    evidence: row.evidence_note,
    evidenceFile: row.evidence_key ? { name: row.evidence_name, type: row.evidence_type, url: `/api/consents/${row.id}/evidence` } : null,
    obtainedBy: row.obtained_by,
    recordedBy: { id: row.recorded_by, name: row.recorder_name },
    withdrawnAt: row.withdrawn_at,
    withdrawnBy: row.withdrawn_by ? { id: row.withdrawn_by, name: row.withdrawer_name } : null,
    withdrawalReason: row.withdrawal_reason,
    createdAt: row.created_at,
  };
}

export async function getConsent(deps: Deps, id: string) {
  const row = await repo.findConsent(deps.db, id);
  if (!row) throw notFound("That consent record");
  const now = deps.clock.now();
  const [links, tasks] = await Promise.all([repo.assetIdsOfConsent(deps.db, id), takedownsRepo.listTasks(deps.db, { consentId: id }, 200)]);
  const assets = await assetsRepo.findAssets(deps.db, links.map((l) => l.asset_id));
  const posts = await postsRepo.postsCarrying(deps.db, links.map((l) => l.asset_id));
  const blocked = (await Promise.all(posts.filter((p) => p.state === "blocked").map((p) => postsRepo.findPost(deps.db, p.id)))).filter((p) => p !== undefined);
  return {
    ...consentView(row, now),
    assets: links.map((l) => {
      const a = assets.find((x) => x.id === l.asset_id);
      return { id: l.asset_id, name: a?.original_name ?? "", faceIndex: l.face_index, thumbnailUrl: `/api/assets/${l.asset_id}/thumbnail` };
    }),
    /** what this consent ending did, and what is left to do */
    blockedPosts: blocked.map((p) => ({ id: p.id, title: p.title, handle: p.handle, platform: p.platform as Platform, publishAt: p.publish_at, reason: p.last_error })),
    takedowns: tasks.map((t) => ({ id: t.id, postId: t.post_id, postState: t.post_state, title: t.title, handle: t.handle, platform: t.platform as Platform, state: t.state, reason: t.reason, doneAt: t.done_at, note: t.note })),
  };
}

export async function listConsents(deps: Deps, filter: { search?: string | undefined; status?: repo.ConsentFilter["status"] | undefined; assetId?: string | undefined }) {
  const now = deps.clock.now();
  const soon = new Date(now.getTime() + CONSENT_EXPIRY_WARNING_DAYS * 86_400_000);
  const rows = await repo.listConsents(deps.db, { ...filter, nowIso: now.toISOString(), soonIso: soon.toISOString() }, 500);
  return rows.map((r) => consentView(r, now));
}

/** Links a consent to another picture the person appears in (or unlinks one linked by mistake). */
export async function linkConsentAsset(deps: Deps, actor: UserWithRoles, input: { id: string; assetId: string; faceIndex?: number | null | undefined; unlink?: boolean | undefined }) {
  await deps.db.transaction().execute(async (tx) => {
    const consent = await repo.findConsent(tx, input.id);
    if (!consent) throw notFound("That consent record");
    await checkAssets(tx, actor, [input.assetId], input.faceIndex != null ? [{ assetId: input.assetId, faceIndex: input.faceIndex }] : []);
    if (input.unlink) {
      if (!(await repo.unlinkAsset(tx, input.id, input.assetId))) throw new AppError("CONFLICT", "That picture is not linked to this consent.");
    } else {
      await repo.linkAsset(tx, { consent_id: input.id, asset_id: input.assetId, face_index: input.faceIndex ?? null });
    }
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: input.unlink ? "consent.asset_unlinked" : "consent.asset_linked",
      entityType: "consent",
      entityId: input.id,
      after: { assetId: input.assetId, faceIndex: input.faceIndex ?? null },
    });
  });
  return { id: input.id };
}

/** Each word of the names (three letters or more) replaced, whatever its case. */
function withoutNames(text: string, names: readonly (string | null)[]): string {
  const words = names.flatMap((n) => (n ?? "").split(/[\s,.'’-]+/)).filter((w) => w.length >= 3);
  if (words.length === 0) return text;
  const pattern = new RegExp(`\\b(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "giu");
  return text.replace(pattern, "[name]");
}

/** Takes down what is out, where the organisation chose automatic takedown; what fails stays on the task list. */
async function takeDownNow(deps: Deps, postIds: readonly string[], reason: string): Promise<void> {
  if (!(await consentSettings(deps.db)).automaticTakedown) return;
  for (const id of postIds) {
    const post = await loadPost(deps, id);
    if (post.state !== "published") continue;
    try {
      await performTakedown(deps, post, null, reason);
    } catch (error) {
      deps.log.warn({ err: error, postId: id }, "automatic takedown failed; the takedown task stays open for the comms team");
    }
  }
}

/** The person withdraws: at once, everything that would show them again is stopped. */
export async function withdrawConsent(deps: Deps, actor: UserWithRoles, id: string, reason: string) {
  const now = deps.clock.now().toISOString();
  const consequences: Consequences = await deps.db.transaction().execute(async (tx) => {
    const consent = await repo.findConsent(tx, id);
    if (!consent) throw notFound("That consent record");
    if (!(await repo.markWithdrawn(tx, id, { withdrawn_at: now, withdrawn_by: actor.id, withdrawal_reason: reason.trim(), updated_at: now }))) {
      throw new AppError("CONFLICT", "This consent was already withdrawn.");
    }
    // The register keeps the reason as written; the audit trail, read more widely, never names the person.
    const redacted = withoutNames(reason.trim(), [consent.subject_name, consent.guardian_name]);
    await recordAudit(tx, deps.clock, { actorId: actor.id, action: "consent.withdrawn", entityType: "consent", entityId: id, before: { status: "live" }, after: { status: "withdrawn" }, reason: redacted });
    return applyConsentEnd(tx, deps, id, "withdrawn", actor.id);
  });
  await takeDownNow(deps, consequences.takedownPostIds, "Consent withdrawn by the person in the picture.");
  return { id, affectedPostIds: consequences.affectedPostIds, takedownPostIds: consequences.takedownPostIds, flaggedAssetIds: consequences.flaggedAssetIds };
}

/** For the expiry sweep: the same consequences, by the system, for a consent whose time ran out. */
export async function expireConsent(deps: Deps, id: string): Promise<Consequences | null> {
  const consequences = await deps.db.transaction().execute(async (tx) => {
    const consent = await repo.findConsent(tx, id);
    // Several workers sweep: only the one that claims the expiry applies it.
    if (!consent || !(await repo.claimExpiry(tx, id, deps.clock.now().toISOString()))) return null;
    await recordAudit(tx, deps.clock, { actorId: null, action: "consent.expired", entityType: "consent", entityId: id, after: { expiresAt: consent.expires_at } });
    return applyConsentEnd(tx, deps, id, "expired", null);
  });
  if (consequences) await takeDownNow(deps, consequences.takedownPostIds, "Consent for a picture in this post expired.");
  return consequences;
}
