import { decidePostAction, LATE_AFTER_MS, type AccountStatus, type GateFinding, type Platform, type PostAction, type PostState } from "@gatehouse/policy";
import * as accountsRepo from "../accounts/repo.ts";
import { recordAudit } from "../audit/service.ts";
import { connectorAccount, connectorFor } from "../connectors/registry.ts";
import { ConnectorError } from "../connectors/types.ts";
import type { Executor } from "../db/database.ts";
import { isUniqueViolation } from "../db/dialect.ts";
import type { Deps } from "../deps.ts";
import { AppError, badField, notFound } from "../errors.ts";
import { newId } from "../ids.ts";
import { postPictures } from "../assets/publish-media.ts";
import { attemptsOf } from "../publisher/repo.ts";
import { latePosts } from "../publisher/late.ts";
import { copyFor } from "../submissions/facts.ts";
import * as submissionsRepo from "../submissions/repo.ts";
import * as takedownsRepo from "../takedowns/repo.ts";
import type { UserWithRoles } from "../users/repo.ts";
import { gateFindings } from "./gate.ts";
import * as repo from "./repo.ts";

async function decide(db: Executor, actor: UserWithRoles, action: PostAction, post: { state: PostState | null; accountId: string; accountStatus: AccountStatus }) {
  const decision = decidePostAction(action, post, { id: actor.id, roles: actor.roles, grantedAccountIds: await accountsRepo.grantedAccountIds(db, actor.id) });
  if (!decision.ok) {
    throw new AppError(decision.kind === "forbidden" ? "FORBIDDEN" : "CONFLICT", `${decision.reason}${decision.clause ? ` (${decision.clause.join(", ")})` : ""}`);
  }
}

function gateFailed(findings: GateFinding[], doing: string): AppError {
  return new AppError("PRECONDITION_FAILED", `This post cannot be ${doing}: ${findings[0]!.message}`, { findings });
}

function checkPublishAt(deps: Deps, publishAt: string): void {
  // A minute's grace for a post scheduled "now" from a form that took a moment to send.
  if (new Date(publishAt).getTime() < deps.clock.now().getTime() - 60_000) throw badField("publishAt", "Choose a time in the future.");
}

export async function schedulePost(deps: Deps, actor: UserWithRoles, input: { submissionId: string; accountId: string; publishAt: string; text?: string | undefined }) {
  checkPublishAt(deps, input.publishAt);
  const submission = await submissionsRepo.findSubmission(deps.db, input.submissionId);
  if (!submission) throw notFound("That submission");
  const target = (await submissionsRepo.targetsOf(deps.db, [input.submissionId])).find((t) => t.account_id === input.accountId);
  if (!target) throw badField("accountId", "That account is not one of the submission's target accounts.");
  const live = await repo.livePostFor(deps.db, input.submissionId, input.accountId);
  await decide(deps.db, actor, "schedule", { state: (live?.state as PostState) ?? null, accountId: input.accountId, accountStatus: target.status as AccountStatus });
  if (submission.state !== "approved") throw new AppError("CONFLICT", "Only an approved submission can be scheduled.");
  const text = input.text ?? copyFor(submission, target);
  const findings = await gateFindings(deps.db, { submissionId: input.submissionId, accountId: input.accountId, text, schedulerId: actor.id, at: new Date(input.publishAt) });
  if (findings.length) throw gateFailed(findings, "scheduled");

  const id = newId(deps.clock.now().getTime());
  const now = deps.clock.now().toISOString();
  try {
    await deps.db.transaction().execute(async (tx) => {
      await repo.insertPost(tx, {
        id,
        submission_id: input.submissionId,
        account_id: input.accountId,
        text,
        publish_at: input.publishAt,
        state: "scheduled",
        scheduled_by: actor.id,
        attempt_count: 0,
        next_attempt_at: null,
        lease_owner: null,
        lease_until: null,
        remote_id: null,
        remote_url: null,
        findings_json: null,
        last_error: null,
        kit_id: null,
        published_at: null,
        taken_down_at: null,
        takedown_reason: null,
        created_at: now,
        updated_at: now,
      });
      await recordAudit(tx, deps.clock, {
        actorId: actor.id,
        action: "post.scheduled",
        entityType: "post",
        entityId: id,
        after: { submissionId: input.submissionId, accountId: input.accountId, publishAt: input.publishAt, text },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "This submission already has a post for that account.");
    throw error;
  }
  return { id, state: "scheduled" as const };
}

export async function loadPost(deps: Deps, id: string) {
  const post = await repo.findPost(deps.db, id);
  if (!post) throw notFound("That post");
  return post;
}

/** Moves a post the worker is not holding; the state check in the UPDATE loses to a worker that claimed it meanwhile. */
async function transition(deps: Deps, actor: UserWithRoles, id: string, action: PostAction, changes: Parameters<typeof repo.updatePost>[2], reason?: string) {
  const post = await loadPost(deps, id);
  await decide(deps.db, actor, action, { state: post.state as PostState, accountId: post.account_id, accountStatus: post.account_status as AccountStatus });
  await deps.db.transaction().execute(async (tx) => {
    const moved = await repo.updatePostFrom(tx, id, [post.state], { ...changes, updated_at: deps.clock.now().toISOString() });
    if (!moved) throw new AppError("CONFLICT", "The post changed while you were looking at it (it may be publishing now). Reload and try again.");
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: `post.${action === "retry" ? "retried" : action === "cancel" ? "cancelled" : "rescheduled"}`,
      entityType: "post",
      entityId: id,
      before: { state: post.state, publishAt: post.publish_at },
      after: { state: changes.state ?? post.state, publishAt: changes.publish_at ?? post.publish_at },
      reason: reason ?? null,
    });
  });
  return { id, state: (changes.state ?? post.state) as PostState };
}

export async function reschedulePost(deps: Deps, actor: UserWithRoles, id: string, publishAt: string) {
  checkPublishAt(deps, publishAt);
  const post = await loadPost(deps, id);
  const findings = await gateFindings(deps.db, { submissionId: post.submission_id, accountId: post.account_id, text: post.text, schedulerId: actor.id, at: new Date(publishAt) });
  if (findings.length) throw gateFailed(findings, "rescheduled");
  // Whoever moves it answers for it now: the gate checks their grant at publishing.
  return transition(deps, actor, id, "reschedule", { publish_at: publishAt, state: "scheduled", next_attempt_at: null, findings_json: null, scheduled_by: actor.id });
}

export async function cancelPost(deps: Deps, actor: UserWithRoles, id: string, reason?: string) {
  return transition(deps, actor, id, "cancel", { state: "cancelled" }, reason);
}

/** Once the cause is fixed: back in the queue; the worker still reconciles before any resend. */
export async function retryPost(deps: Deps, actor: UserWithRoles, id: string) {
  return transition(deps, actor, id, "retry", { state: "scheduled", next_attempt_at: null, attempt_count: 0, findings_json: null, scheduled_by: actor.id });
}

export async function takedownPost(deps: Deps, actor: UserWithRoles, id: string, reason: string) {
  const post = await loadPost(deps, id);
  await decide(deps.db, actor, "takedown", { state: post.state as PostState, accountId: post.account_id, accountStatus: post.account_status as AccountStatus });
  await performTakedown(deps, post, actor.id, reason);
  return { id, state: "taken_down" as const };
}

/**
 * Deletes the post on its platform, then records it taken down (the record and its audit
 * trail stay) and closes any takedown task waiting on it. `actorId` null: the system, acting
 * on the organisation's choice of automatic takedown.
 */
export async function performTakedown(deps: Deps, post: repo.PostDetailRow, actorId: string | null, reason: string): Promise<void> {
  try {
    const account = await accountsRepo.findAccount(deps.db, post.account_id);
    if (!account) throw notFound("That post's account");
    await connectorFor(deps, account).delete(connectorAccount(deps, account), post.remote_id ?? "");
  } catch (error) {
    if (error instanceof ConnectorError && error.kind === "unsupported") {
      // Instagram: a person must delete it in the app; the task stays open to record that.
      throw new AppError("PRECONDITION_FAILED", `${error.message} The post is still published.`);
    }
    if (error instanceof AppError) throw error;
    const message = error instanceof ConnectorError ? error.message : "the platform did not answer";
    throw new AppError("CONFLICT", `The platform did not take the post down (${message}). It is still published; try again.`);
  }
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (tx) => {
    const moved = await repo.updatePostFrom(tx, post.id, ["published"], { state: "taken_down", taken_down_at: now, takedown_reason: reason.trim(), updated_at: now });
    if (!moved) return; // someone else recorded it meanwhile
    await recordAudit(tx, deps.clock, { actorId, action: "post.taken_down", entityType: "post", entityId: post.id, before: { state: post.state }, after: { state: "taken_down" }, reason: reason.trim() });
    for (const task of await takedownsRepo.openTasksOfPost(tx, post.id)) {
      await takedownsRepo.closeTask(tx, task.id, { state: "done", done_at: now, done_by: actorId, note: null });
      await recordAudit(tx, deps.clock, { actorId, action: "takedown.done", entityType: "takedown_task", entityId: task.id, after: { postId: post.id } });
    }
  });
}

const laterOf = (a: Date, b: Date) => (a > b ? a : b);

export async function getPost(deps: Deps, id: string) {
  const post = await loadPost(deps, id);
  const state = post.state as PostState;
  const findings: GateFinding[] =
    state === "blocked" && post.findings_json
      ? (JSON.parse(post.findings_json) as GateFinding[])
      : state === "scheduled" || state === "failed"
        ? await gateFindings(deps.db, { submissionId: post.submission_id, accountId: post.account_id, text: post.text, schedulerId: post.scheduled_by, at: laterOf(new Date(post.publish_at), deps.clock.now()) })
        : [];
  return {
    id: post.id,
    state,
    accountId: post.account_id,
    account: { id: post.account_id, platform: post.platform as Platform, handle: post.handle, name: post.account_name, status: post.account_status as AccountStatus, connector: post.connector },
    submissionId: post.submission_id,
    title: post.title,
    text: post.text,
    publishAt: post.publish_at,
    remoteId: post.remote_id,
    remoteUrl: post.remote_url,
    publishedAt: post.published_at,
    findings,
    lastError: post.last_error,
    attemptCount: post.attempt_count,
    late: ["scheduled", "publishing", "unknown"].includes(state) && new Date(post.publish_at).getTime() < deps.clock.now().getTime() - LATE_AFTER_MS,
    scheduledBy: { id: post.scheduled_by, name: post.scheduler_name },
    takenDownAt: post.taken_down_at,
    takedownReason: post.takedown_reason,
    attempts: await attemptsOf(deps.db, id),
    /** the pictures it carries, as its platform gets them */
    pictures: await postPictures(deps, { submissionId: post.submission_id, platform: post.platform as Platform, accountId: post.account_id, kitId: post.kit_id }),
    /** the brand kit version it went out with */
    kitId: post.kit_id,
  };
}

export async function listPosts(deps: Deps, filter: repo.PostFilter) {
  const rows = await repo.listPosts(deps.db, filter, 5000);
  return rows.map((r) => ({
    id: r.id,
    state: r.state as PostState,
    accountId: r.account_id,
    publishAt: r.publish_at,
    submissionId: r.submission_id,
    title: r.title,
    text: r.text,
    remoteUrl: r.remote_url,
    publishedAt: r.published_at,
    lastError: r.last_error,
    platform: r.platform as Platform,
    handle: r.handle,
  }));
}

/** The comms dashboard: what is late, failed, blocked or waiting for the platform to answer. */
export async function dashboard(deps: Deps) {
  const [late, troubled] = await Promise.all([latePosts(deps.db, deps.clock.now()), repo.troubledPosts(deps.db)]);
  const attemptsFor = async (id: string) => (await attemptsOf(deps.db, id)).at(-1) ?? null;
  return {
    late: await Promise.all(
      late.map(async (p) => ({ id: p.id, title: p.title, handle: p.handle, platform: p.platform as Platform, publishAt: p.publish_at, state: p.state as PostState, lastError: p.last_error, lastAttempt: await attemptsFor(p.id) })),
    ),
    troubled: await Promise.all(
      troubled.map(async (p) => ({ id: p.id, title: p.title, handle: p.handle, platform: p.platform as Platform, publishAt: p.publish_at, state: p.state as PostState, lastError: p.last_error, lastAttempt: await attemptsFor(p.id) })),
    ),
  };
}
