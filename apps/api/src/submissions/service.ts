import { decideAssetAction, missingForSubmission, stateAfter, SUBMISSION_STATE_LABELS, type BrandState, type SubmissionState } from "@gatehouse/policy";
import * as assetsRepo from "../assets/repo.ts";
import { recordAudit } from "../audit/service.ts";
import type { Tx } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import { AppError, notFound } from "../errors.ts";
import { newId } from "../ids.ts";
import { notify } from "../notifications/service.ts";
import type { UserWithRoles } from "../users/repo.ts";
import { load, loadFor, type Loaded } from "./facts.ts";
import * as repo from "./repo.ts";
import { assertNoBlockingFindings } from "./screening.ts";
import { snapshotOf, submissionView, summaryOf } from "./view.ts";

export interface SubmissionInput {
  title?: string | undefined;
  brief?: { objective?: string | undefined; audience?: string | undefined; keyMessages?: string | undefined; measure?: string | undefined } | undefined;
  text?: string | undefined;
  targetAccountIds?: string[] | undefined;
  assetIds?: string[] | undefined;
  links?: string[] | undefined;
  desiredPublishAt?: string | null | undefined;
  desiredPublishUntil?: string | null | undefined;
}

async function checkReferences(tx: Tx, actor: UserWithRoles, input: SubmissionInput): Promise<void> {
  if (input.targetAccountIds) {
    const found = await repo.existingAccountIds(tx, input.targetAccountIds);
    const unknown = input.targetAccountIds.filter((id) => !found.includes(id));
    if (unknown.length) throw new AppError("BAD_REQUEST", "Choose official accounts from the list.", { fields: { targetAccountIds: `Unknown account: ${unknown.join(", ")}` } });
  }
  if (input.assetIds?.length) {
    // A picture can be attached by someone who may see it; what is wrong with it shows as findings.
    const rows = await assetsRepo.findAssets(tx, input.assetIds);
    const unusable = input.assetIds.filter((id) => {
      const row = rows.find((r) => r.id === id);
      return !row || !decideAssetAction("view", { uploadedBy: row.uploaded_by, brandState: row.brand_state as BrandState }, actor).ok;
    });
    if (unusable.length) throw new AppError("BAD_REQUEST", "Choose pictures from your library.", { fields: { assetIds: `There is no such picture: ${unusable.join(", ")}` } });
  }
  const from = input.desiredPublishAt;
  const until = input.desiredPublishUntil;
  if (from && until && until < from) {
    throw new AppError("BAD_REQUEST", "The end of the publishing window is before its start.", { fields: { desiredPublishUntil: "Choose an end after the start." } });
  }
}

function columnsOf(input: SubmissionInput) {
  return {
    ...(input.title !== undefined ? { title: input.title.trim() } : {}),
    ...(input.brief?.objective !== undefined ? { objective: input.brief.objective.trim() } : {}),
    ...(input.brief?.audience !== undefined ? { audience: input.brief.audience.trim() } : {}),
    ...(input.brief?.keyMessages !== undefined ? { key_messages: input.brief.keyMessages.trim() } : {}),
    ...(input.brief?.measure !== undefined ? { measure: input.brief.measure.trim() } : {}),
    ...(input.text !== undefined ? { text: input.text } : {}),
    ...(input.links !== undefined ? { links_json: JSON.stringify(input.links) } : {}),
    ...(input.desiredPublishAt !== undefined ? { desired_publish_at: input.desiredPublishAt } : {}),
    ...(input.desiredPublishUntil !== undefined ? { desired_publish_until: input.desiredPublishUntil } : {}),
  };
}

async function result(deps: Deps, actor: UserWithRoles, id: string) {
  const view = await submissionView(deps.db, await load(deps.db, actor, id), deps.clock.now());
  return { id, state: view.state, findings: view.findings };
}

/** A new draft: nothing is required yet, so work is never lost; submitting asks for the rest. */
export async function createSubmission(deps: Deps, actor: UserWithRoles, input: SubmissionInput) {
  const id = newId(deps.clock.now().getTime());
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (tx) => {
    await checkReferences(tx, actor, input);
    await repo.insertSubmission(tx, {
      id,
      author_id: actor.id,
      department_id: actor.departmentId,
      title: "",
      objective: "",
      audience: "",
      key_messages: "",
      measure: "",
      text: "",
      links_json: "[]",
      desired_publish_at: null,
      desired_publish_until: null,
      ...columnsOf(input),
      state: "draft",
      revision: 0,
      last_edited_by: actor.id,
      claimed_by: null,
      decided_by: null,
      decided_at: null,
      submitted_at: null,
      created_at: now,
      updated_at: now,
    });
    if (input.targetAccountIds) await repo.setTargets(tx, id, [...new Set(input.targetAccountIds)]);
    if (input.assetIds) await assetsRepo.setSubmissionAssets(tx, id, [...new Set(input.assetIds)]);
    await recordAudit(tx, deps.clock, { actorId: actor.id, action: "submission.created", entityType: "submission", entityId: id, after: input });
  });
  return result(deps, actor, id);
}

export async function updateSubmission(deps: Deps, actor: UserWithRoles, id: string, input: SubmissionInput) {
  await deps.db.transaction().execute(async (tx) => {
    const loaded = await loadFor(tx, actor, id, "edit");
    await checkReferences(tx, actor, input);
    await repo.updateSubmission(tx, id, { ...columnsOf(input), last_edited_by: actor.id, updated_at: deps.clock.now().toISOString() });
    if (input.targetAccountIds) await repo.setTargets(tx, id, [...new Set(input.targetAccountIds)]);
    if (input.assetIds) await assetsRepo.setSubmissionAssets(tx, id, [...new Set(input.assetIds)]);
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "submission.updated",
      entityType: "submission",
      entityId: id,
      before: snapshotOf(loaded),
      after: input,
    });
  });
  return result(deps, actor, id);
}

/** Keeps a numbered copy of the submission as it is now, so reviewers can see what changed. */
export async function addRevision(tx: Tx, deps: Deps, actor: UserWithRoles, id: string, reason: string): Promise<number> {
  const loaded = await load(tx, actor, id);
  const number = loaded.row.revision + 1;
  await repo.insertRevision(tx, {
    submission_id: id,
    number,
    snapshot_json: JSON.stringify(snapshotOf(loaded)),
    reason,
    created_by: actor.id,
    created_at: deps.clock.now().toISOString(),
  });
  await repo.updateSubmission(tx, id, { revision: number });
  return number;
}

export async function moveState(
  tx: Tx,
  deps: Deps,
  actor: UserWithRoles,
  loaded: Loaded,
  to: SubmissionState,
  audit: { action: string; reason?: string | null; extra?: Record<string, unknown> },
  changes: Parameters<typeof repo.updateSubmission>[2] = {},
): Promise<void> {
  await repo.updateSubmission(tx, loaded.row.id, { ...changes, state: to, updated_at: deps.clock.now().toISOString() });
  await recordAudit(tx, deps.clock, {
    actorId: actor.id,
    action: audit.action,
    entityType: "submission",
    entityId: loaded.row.id,
    before: { state: loaded.row.state },
    after: { state: to, ...audit.extra },
    reason: audit.reason ?? null,
  });
  // The author hears of every decision someone else makes about their submission.
  if (actor.id !== loaded.row.author_id) {
    const title = loaded.row.title.trim() || "Your untitled submission";
    const why = audit.reason ? `: ${audit.reason}` : ".";
    await notify(tx, deps.clock, [loaded.row.author_id], "submission_state", `“${title}” is now ${SUBMISSION_STATE_LABELS[to].toLowerCase()}${why}`, `/submissions/${loaded.row.id}`);
  }
}

export async function submitSubmission(deps: Deps, actor: UserWithRoles, id: string) {
  return deps.db.transaction().execute(async (tx) => {
    const loaded = await loadFor(tx, actor, id, "submit");
    const { row, targets } = loaded;
    const missing = missingForSubmission({
      title: row.title,
      objective: row.objective,
      audience: row.audience,
      keyMessages: row.key_messages,
      measure: row.measure,
      text: row.text,
      targetAccountIds: targets.map((t) => t.account_id),
    });
    if (Object.keys(missing).length > 0) {
      throw new AppError("BAD_REQUEST", "Some of the brief is missing: the communications team needs all of it (ICBP038 §3.2.5).", { fields: missing });
    }
    const findings = await assertNoBlockingFindings(tx, loaded, "submitted", deps.clock.now());
    const number = await addRevision(tx, deps, actor, id, row.state === "draft" ? "submitted" : "resubmitted after changes were requested");
    const to = stateAfter("submit", row.state as SubmissionState);
    await moveState(
      tx,
      deps,
      actor,
      loaded,
      to,
      { action: "submission.submitted", extra: { revision: number, warningsAcknowledged: findings.filter((f) => f.severity === "warn").map((f) => f.rule) } },
      { submitted_at: deps.clock.now().toISOString(), claimed_by: null },
    );
    return { id, state: to };
  });
}

export async function withdrawSubmission(deps: Deps, actor: UserWithRoles, id: string, reason?: string) {
  return deps.db.transaction().execute(async (tx) => {
    const loaded = await loadFor(tx, actor, id, "withdraw");
    if (reason?.trim()) await addComment(deps, actor, id, reason, "withdrawal", tx);
    await moveState(tx, deps, actor, loaded, "withdrawn", { action: "submission.withdrawn", reason: reason?.trim() || null });
    return { id, state: "withdrawn" as const };
  });
}

export async function addComment(deps: Deps, actor: UserWithRoles, id: string, body: string, kind = "comment", tx?: Tx): Promise<void> {
  const write = async (t: Tx) => {
    if (kind === "comment") await loadFor(t, actor, id, "comment");
    const commentId = newId(deps.clock.now().getTime());
    await repo.insertComment(t, { id: commentId, submission_id: id, author_id: actor.id, kind, body: body.trim(), created_at: deps.clock.now().toISOString() });
    if (kind === "comment") {
      await recordAudit(t, deps.clock, { actorId: actor.id, action: "submission.commented", entityType: "submission", entityId: id, after: { commentId } });
    }
  };
  if (tx) await write(tx);
  else await deps.db.transaction().execute(write);
}

export async function getSubmission(deps: Deps, viewer: UserWithRoles, id: string) {
  return submissionView(deps.db, await load(deps.db, viewer, id), deps.clock.now());
}

export async function listMine(deps: Deps, viewer: UserWithRoles) {
  const rows = await repo.listSubmissions(deps.db, { authorId: viewer.id });
  const targets = await repo.targetsOf(deps.db, rows.map((r) => r.id));
  return rows.map((r) => summaryOf(r, targets)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function revisions(deps: Deps, viewer: UserWithRoles, id: string) {
  await load(deps.db, viewer, id);
  const rows = await repo.revisionsOf(deps.db, id);
  if (!rows) throw notFound("That submission");
  return rows.map((r) => ({
    number: r.number,
    reason: r.reason,
    createdBy: { id: r.created_by, name: r.created_by_name },
    createdAt: r.created_at,
    snapshot: JSON.parse(r.snapshot_json) as ReturnType<typeof snapshotOf>,
  }));
}
