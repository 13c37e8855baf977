import { blockingFindings, mergeTargetFindings, PLATFORM_LABELS, type Platform, type SubmissionState } from "@gatehouse/policy";
import * as assetsRepo from "../assets/repo.ts";
import { recordAudit } from "../audit/service.ts";
import type { Deps } from "../deps.ts";
import { AppError } from "../errors.ts";
import { newId } from "../ids.ts";
import { copyFor, loadFor } from "../submissions/facts.ts";
import * as repo from "../submissions/repo.ts";
import { assertNoBlockingFindings, mediaFindings, screenSubmission } from "../submissions/screening.ts";
import { addComment, addRevision, moveState } from "../submissions/service.ts";
import { summaryOf } from "../submissions/view.ts";
import type { UserWithRoles } from "../users/repo.ts";

export interface QueueFilter {
  state?: SubmissionState | undefined;
  departmentId?: string | undefined;
  accountId?: string | undefined;
  hasFindings?: boolean | undefined;
}

/** The review queue: open submissions, soonest wanted first, with how many problems each has. */
export async function queue(deps: Deps, filter: QueueFilter) {
  const rows = await repo.listSubmissions(deps.db, {
    states: filter.state ? [filter.state] : ["submitted", "in_review"],
    ...(filter.departmentId ? { departmentId: filter.departmentId } : {}),
    ...(filter.accountId ? { accountId: filter.accountId } : {}),
  });
  const targets = await repo.targetsOf(deps.db, rows.map((r) => r.id));
  const assets = await assetsRepo.assetIdsOfSubmissions(deps.db, rows.map((r) => r.id));
  const items = [];
  for (const row of rows) {
    const own = targets.filter((t) => t.submission_id === row.id);
    const loaded = { row, targets: own, assetIds: assets.filter((a) => a.submission_id === row.id).map((a) => a.asset_id) };
    const findings = await screenSubmission(deps.db, loaded);
    const media = await mediaFindings(deps.db, loaded, deps.clock.now());
    const blocking = blockingFindings(findings).length + media.filter((f) => f.severity === "block").length;
    const total = mergeTargetFindings(findings).filter((f) => f.overriddenBecause === null).length + media.length;
    if (filter.hasFindings !== undefined && filter.hasFindings !== total > 0) continue;
    items.push({ ...summaryOf(row, own), findingCount: total, blockingCount: blocking });
  }
  return items;
}

export async function claim(deps: Deps, actor: UserWithRoles, id: string) {
  return deps.db.transaction().execute(async (tx) => {
    const loaded = await loadFor(tx, actor, id, "claim");
    await moveState(tx, deps, actor, loaded, "in_review", { action: "submission.claimed" }, { claimed_by: actor.id });
    return { id, state: "in_review" as const };
  });
}

/** A reviewer's own copy for one account (its platform's text and limit); null goes back to the submission's text. */
export async function editCopy(deps: Deps, actor: UserWithRoles, id: string, accountId: string, text: string | null) {
  return deps.db.transaction().execute(async (tx) => {
    const loaded = await loadFor(tx, actor, id, "editCopy");
    const target = loaded.targets.find((t) => t.account_id === accountId);
    if (!target) throw new AppError("BAD_REQUEST", "That account is not a target of this submission.", { fields: { accountId: "Choose one of the submission's accounts." } });
    const now = deps.clock.now().toISOString();
    await repo.setTargetText(tx, id, accountId, text, actor.id, now);
    await repo.updateSubmission(tx, id, { last_edited_by: actor.id, updated_at: now });
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "submission.copy_edited",
      entityType: "submission",
      entityId: id,
      before: { accountId, text: copyFor(loaded.row, target) },
      after: { accountId, text: text ?? loaded.row.text },
    });
    await addRevision(tx, deps, actor, id, `copy for ${PLATFORM_LABELS[target.platform as Platform]} ${target.handle} edited by the communications team`);
    return { id, state: loaded.row.state as SubmissionState };
  });
}

export async function requestChanges(deps: Deps, actor: UserWithRoles, id: string, reason: string) {
  return deps.db.transaction().execute(async (tx) => {
    const loaded = await loadFor(tx, actor, id, "requestChanges");
    await addComment(deps, actor, id, reason, "change_request", tx);
    await moveState(tx, deps, actor, loaded, "changes_requested", { action: "submission.changes_requested", reason }, { claimed_by: null });
    return { id, state: "changes_requested" as const };
  });
}

export async function reject(deps: Deps, actor: UserWithRoles, id: string, reason: string) {
  return deps.db.transaction().execute(async (tx) => {
    const loaded = await loadFor(tx, actor, id, "reject");
    await addComment(deps, actor, id, reason, "rejection", tx);
    await moveState(tx, deps, actor, loaded, "rejected", { action: "submission.rejected", reason }, {
      decided_by: actor.id,
      decided_at: deps.clock.now().toISOString(),
    });
    return { id, state: "rejected" as const };
  });
}

/** Four eyes and grants are checked by policy; the copy is screened again, as it may have changed since submission. */
export async function approve(deps: Deps, actor: UserWithRoles, id: string, note?: string) {
  return deps.db.transaction().execute(async (tx) => {
    const loaded = await loadFor(tx, actor, id, "approve");
    await assertNoBlockingFindings(tx, loaded, "approved", deps.clock.now());
    if (note?.trim()) await addComment(deps, actor, id, note, "approval", tx);
    await moveState(tx, deps, actor, loaded, "approved", { action: "submission.approved", reason: note?.trim() || null }, {
      decided_by: actor.id,
      decided_at: deps.clock.now().toISOString(),
    });
    return { id, state: "approved" as const };
  });
}

/** A reviewer decides a finding does not apply: only with a written reason, which is audited. */
export async function overrideFinding(
  deps: Deps,
  actor: UserWithRoles,
  input: { id: string; platform: Platform; rule: string; start: number; end: number; reason: string },
) {
  return deps.db.transaction().execute(async (tx) => {
    const loaded = await loadFor(tx, actor, input.id, "overrideFinding");
    const findings = await screenSubmission(tx, loaded);
    const found = findings.find((f) => f.platform === input.platform && f.rule === input.rule && f.start === input.start && f.end === input.end);
    if (!found) throw new AppError("CONFLICT", "That finding is no longer there: the copy may have changed. Reload and try again.");
    const target = loaded.targets.find((t) => t.account_id === found.accountId);
    const matchedText = (target ? copyFor(loaded.row, target) : loaded.row.text).slice(found.start, found.end);
    await repo.insertOverride(tx, {
      id: newId(deps.clock.now().getTime()),
      submission_id: input.id,
      platform: input.platform,
      rule: input.rule,
      matched_text: matchedText,
      reason: input.reason.trim(),
      created_by: actor.id,
      created_at: deps.clock.now().toISOString(),
    });
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "submission.finding_overridden",
      entityType: "submission",
      entityId: input.id,
      after: { platform: input.platform, rule: input.rule, category: found.category, severity: found.severity, matchedText },
      reason: input.reason.trim(),
    });
    return { id: input.id, state: loaded.row.state as SubmissionState };
  });
}
