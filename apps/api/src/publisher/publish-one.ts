import { MAX_PUBLISH_ATTEMPTS, retryDelayMs } from "@gatehouse/policy";
import * as accountsRepo from "../accounts/repo.ts";
import { recordAudit } from "../audit/service.ts";
import { markDisconnected } from "../connections/service.ts";
import { connectorAccount, connectorFor } from "../connectors/registry.ts";
import { ConnectorError, type Connector, type ConnectorAccount, type RemotePost } from "../connectors/types.ts";
import type { PostTable } from "../db/schema.ts";
import type { Deps } from "../deps.ts";
import { newId } from "../ids.ts";
import { notify } from "../notifications/service.ts";
import { publishMedia } from "../assets/publish-media.ts";
import { gateFindings } from "../posts/gate.ts";
import * as repo from "./repo.ts";
import type { PostRow } from "./repo.ts";

/** Outcomes after which the platform may hold the post: look before sending again. */
const MAYBE_PUBLISHED = new Set(["timeout", "transient", "duplicate", "error"]);

/** Gives up after `ms`, and tells the call so (its signal aborts) that it can drop the request. */
function withTimeout<T>(call: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new ConnectorError("timeout", `No answer from the platform within ${ms} ms.`));
    }, ms);
  });
  return Promise.race([call(controller.signal), timeout]).finally(() => clearTimeout(timer));
}

interface Job {
  deps: Deps;
  worker: string;
  post: PostRow;
  connector: Connector;
  account: ConnectorAccount;
}

function postLink(post: PostRow): string {
  return `/posts/${post.id}`;
}

/** Ends this worker's hold on the post with the given changes, audited, in one transaction. */
async function settle(job: Job, changes: Partial<PostTable>, audit: { action: string; reason?: string; after?: Record<string, unknown> }, tell?: { kind: Parameters<typeof notify>[3]; text: string }): Promise<boolean> {
  const { deps, post, worker } = job;
  return deps.db.transaction().execute(async (tx) => {
    const ok = await repo.updateLeased(tx, post.id, worker, { ...changes, lease_owner: null, lease_until: null, updated_at: deps.clock.now().toISOString() });
    if (!ok) return false; // another worker took over after our lease ran out: it decides now
    await recordAudit(tx, deps.clock, {
      actorId: null,
      action: audit.action,
      entityType: "post",
      entityId: post.id,
      before: { state: post.state === "publishing" ? "publishing" : post.state },
      after: { state: changes.state, ...audit.after },
      reason: audit.reason ?? null,
    });
    if (tell) {
      // Trouble goes to everyone who can act on this account, not only to whoever scheduled it.
      const team = tell.kind === "post_published" ? [] : await accountsRepo.granteeIds(tx, post.account_id);
      await notify(tx, deps.clock, [post.scheduled_by, ...team], tell.kind, tell.text, postLink(post));
    }
    return true;
  });
}

async function published(job: Job, remote: RemotePost, via: string): Promise<void> {
  await settle(
    job,
    { state: "published", remote_id: remote.remoteId, remote_url: remote.url, published_at: job.deps.clock.now().toISOString(), last_error: null, findings_json: null, next_attempt_at: null },
    { action: "post.published", after: { remoteId: remote.remoteId, remoteUrl: remote.url, via } },
    { kind: "post_published", text: `Your post to ${job.account.handle} is published.` },
  );
}

async function startAttempt(job: Job, kind: "publish" | "reconcile"): Promise<{ id: string; number: number }> {
  const last = await repo.lastAttempt(job.deps.db, job.post.id);
  const attempt = { id: newId(job.deps.clock.now().getTime()), number: (last?.number ?? 0) + 1 };
  await repo.insertAttempt(job.deps.db, {
    ...attempt,
    post_id: job.post.id,
    kind,
    idempotency_key: job.post.id,
    worker: job.worker,
    started_at: job.deps.clock.now().toISOString(),
  });
  return attempt;
}

async function finish(job: Job, attemptId: string, outcome: string, error: string | null, remote: RemotePost | null = null): Promise<void> {
  await repo.finishAttempt(job.deps.db, attemptId, {
    finished_at: job.deps.clock.now().toISOString(),
    outcome,
    error,
    remote_id: remote?.remoteId ?? null,
    remote_url: remote?.url ?? null,
  });
}

function later(job: Job, attempt: number, retryAfterMs?: number): string {
  return new Date(job.deps.clock.now().getTime() + retryDelayMs(attempt, Math.random(), retryAfterMs)).toISOString();
}

/** Ask the platform whether an earlier attempt got through. True when the post is settled. */
async function reconcile(job: Job): Promise<boolean> {
  const attempt = await startAttempt(job, "reconcile");
  let found: RemotePost | null;
  try {
    found = await withTimeout(
      () => job.connector.find({ account: job.account, idempotencyKey: job.post.id, text: job.post.text, since: new Date(new Date(job.post.publish_at).getTime() - 3600_000) }),
      job.deps.config.worker.publishTimeoutMs,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finish(job, attempt.id, "error", message);
    await settle(job, { state: "unknown", next_attempt_at: later(job, job.post.attempt_count, (error as ConnectorError).retryAfterMs), last_error: `Could not check with the platform: ${message}` }, { action: "post.unknown", reason: message });
    return true;
  }
  await finish(job, attempt.id, found ? "found" : "not-found", null, found);
  if (found) {
    await published(job, found, "reconciled");
    return true;
  }
  return false;
}

/**
 * Takes one claimed post through reconciliation, the publish gate and the platform call,
 * and leaves it in a settled state: published, scheduled for a retry, unknown, failed or blocked.
 */
export async function publishClaimed(deps: Deps, worker: string, post: PostRow): Promise<void> {
  const accountRow = await accountsRepo.findAccount(deps.db, post.account_id);
  if (!accountRow) return;
  const account: ConnectorAccount = connectorAccount(deps, accountRow);
  const job: Job = { deps, worker, post, account, connector: connectorFor(deps, accountRow) };

  const last = await repo.lastAttempt(deps.db, post.id);
  // The platform took it and a worker wrote that down, but lost the post before marking it: finish its work.
  if ((last?.outcome === "published" || last?.outcome === "found") && last.remote_id && last.remote_url) {
    await published(job, { remoteId: last.remote_id, url: last.remote_url }, "recorded attempt");
    return;
  }
  // Only a finished look that found nothing clears an earlier send: a look that died or failed
  // half-way proves nothing, so the last send still counts as maybe published.
  const cleared = last?.kind === "reconcile" && last.outcome === "not-found";
  const lastSend = last?.kind === "publish" ? last : await repo.lastAttempt(deps.db, post.id, "publish");
  if (!cleared && lastSend && (lastSend.outcome === null || MAYBE_PUBLISHED.has(lastSend.outcome))) {
    // A request from that attempt may still be on its way: look only once it must have landed.
    const { publishTimeoutMs, reconcileGraceMs } = deps.config.worker;
    const settledBy = new Date(new Date(lastSend.started_at).getTime() + publishTimeoutMs + reconcileGraceMs);
    if (deps.clock.now() < settledBy) {
      await settle(job, { state: "unknown", next_attempt_at: settledBy.toISOString() }, { action: "post.unknown", reason: "waiting for an earlier attempt to settle before checking" });
      return;
    }
    if (await reconcile(job)) return;
  }

  // Consent may have been withdrawn or expired since scheduling: the gate looks again, at this moment.
  const findings = await gateFindings(deps.db, { submissionId: post.submission_id, accountId: post.account_id, text: post.text, schedulerId: post.scheduled_by, at: deps.clock.now() });
  if (findings.length > 0) {
    await settle(
      job,
      { state: "blocked", findings_json: JSON.stringify(findings), last_error: findings[0]!.message },
      { action: "post.blocked", reason: findings.map((f) => f.rule).join(", ") },
      { kind: "post_blocked", text: `Your post to ${account.handle} was stopped at publishing: ${findings[0]!.message}` },
    );
    return;
  }

  if (post.attempt_count >= MAX_PUBLISH_ATTEMPTS) {
    await settle(job, { state: "failed", last_error: post.last_error ?? "The platform kept failing." }, { action: "post.failed", reason: "too many attempts" }, {
      kind: "post_failed",
      text: `Your post to ${account.handle} failed after ${post.attempt_count} attempts: ${post.last_error ?? "the platform kept failing"}.`,
    });
    return;
  }

  // Hold the post for the whole call: the lease outlasts the timeout, so nobody else can send it meanwhile.
  const now = deps.clock.now();
  if (!(await repo.renewLease(deps.db, post.id, worker, now.toISOString(), new Date(now.getTime() + deps.config.worker.leaseMs).toISOString()))) return;
  let media;
  let kitId: string | null;
  try {
    ({ media, kitId } = await publishMedia(deps, post.submission_id, account.platform, account.id));
  } catch (error) {
    deps.log.error({ err: error, postId: post.id }, "a post's pictures could not be read");
    const problem = "A picture of this post could not be read from storage. Upload it again and schedule a new post.";
    await settle(job, { state: "failed", last_error: problem }, { action: "post.failed", reason: "media missing" }, { kind: "post_failed", text: `Your post to ${account.handle} failed: ${problem}` });
    return;
  }
  const attempt = await startAttempt(job, "publish");
  const attemptCount = post.attempt_count + 1;
  try {
    const remote = await withTimeout((signal) => job.connector.publish({ account, idempotencyKey: post.id, text: post.text, media, signal }), deps.config.worker.publishTimeoutMs);
    await finish(job, attempt.id, "published", null, remote);
    job.post = { ...post, attempt_count: attemptCount };
    await settle(
      job,
      { state: "published", attempt_count: attemptCount, remote_id: remote.remoteId, remote_url: remote.url, published_at: deps.clock.now().toISOString(), last_error: null, findings_json: null, next_attempt_at: null, kit_id: kitId },
      { action: "post.published", after: { remoteId: remote.remoteId, remoteUrl: remote.url, via: "published", kitId } },
      { kind: "post_published", text: `Your post to ${account.handle} is published.` },
    );
  } catch (error) {
    const e = error instanceof ConnectorError ? error : new ConnectorError("timeout", error instanceof Error ? error.message : String(error));
    await finish(job, attempt.id, e.kind, e.message);
    const base = { attempt_count: attemptCount, last_error: e.message };
    switch (e.kind) {
      case "rate_limited":
        await settle(job, { ...base, state: "scheduled", next_attempt_at: later(job, attemptCount, e.retryAfterMs) }, { action: "post.retry_scheduled", reason: e.message });
        return;
      case "auth":
        // The account needs a person to connect it again; say so on the account, not only on this post.
        await markDisconnected(deps, account.id, e.message);
        await settle(job, { ...base, state: "failed" }, { action: "post.failed", reason: e.message }, {
          kind: "post_failed",
          text: `Your post to ${account.handle} failed: ${e.message}`,
        });
        return;
      case "permanent":
      case "unsupported":
        await settle(job, { ...base, state: "failed" }, { action: "post.failed", reason: e.message }, {
          kind: "post_failed",
          text: `Your post to ${account.handle} failed: ${e.message}`,
        });
        return;
      default: {
        // It may have got through: look (not resend) once any request still on its way must have landed.
        const { publishTimeoutMs, reconcileGraceMs } = deps.config.worker;
        const lookAt = new Date(now.getTime() + Math.max(publishTimeoutMs + reconcileGraceMs, e.retryAfterMs ?? 0));
        await settle(job, { ...base, state: "unknown", next_attempt_at: lookAt.toISOString() }, { action: "post.unknown", reason: e.message });
      }
    }
  }
}
