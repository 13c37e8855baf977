import { can, canPublishTo, type AccountStatus } from "./permissions.ts";
import type { Role } from "./roles.ts";
import type { Decision } from "./workflow.ts";

/** Post states of the public API contract. */
export const POST_STATES = ["scheduled", "publishing", "published", "failed", "blocked", "unknown", "taken_down", "cancelled"] as const;
export type PostState = (typeof POST_STATES)[number];

export const POST_STATE_LABELS: Record<PostState, string> = {
  scheduled: "Scheduled",
  publishing: "Publishing",
  published: "Published",
  failed: "Failed",
  blocked: "Blocked",
  unknown: "Checking with the platform",
  taken_down: "Taken down",
  cancelled: "Cancelled",
};

export type PostAction = "schedule" | "reschedule" | "cancel" | "retry" | "takedown";

export interface PostActor {
  id: string;
  roles: readonly Role[];
  grantedAccountIds: readonly string[];
}

const deny = (reason: string, clause?: string[]): Decision => ({ ok: false, kind: "forbidden", reason, ...(clause ? { clause } : {}) });
const notNow = (reason: string): Decision => ({ ok: false, kind: "conflict", reason });

const FROM: Record<Exclude<PostAction, "schedule">, readonly PostState[]> = {
  reschedule: ["scheduled", "failed", "blocked"],
  cancel: ["scheduled", "failed", "blocked"],
  retry: ["failed", "blocked"],
  takedown: ["published"],
};

/**
 * Only an authorised communications officer, with a grant on the account, puts a post on
 * an official account, moves it, or takes it down (NWL §3, §4).
 */
export function decidePostAction(
  action: PostAction,
  post: { state: PostState | null; accountId: string; accountStatus: AccountStatus },
  actor: PostActor,
): Decision {
  if (!can(actor.roles, "accounts.publish")) return deny("Only the communications team publishes to official accounts.", ["NWL §3", "NWL §4"]);
  if (!actor.grantedAccountIds.includes(post.accountId)) {
    return deny("You are not granted to publish to this account. Ask an administrator for a grant.", ["NWL §3", "NWL §4"]);
  }
  if (action === "schedule") return post.state === null ? { ok: true } : notNow("This submission already has a post for that account.");
  if (!post.state || !FROM[action].includes(post.state)) return notNow(`A post that is ${post.state ?? "missing"} cannot be ${PAST[action]}.`);
  if (action !== "takedown" && action !== "cancel" && !canPublishTo(actor, { id: post.accountId, status: post.accountStatus })) {
    return notNow("The account is not active: an administrator must reactivate it first.");
  }
  return { ok: true };
}

const PAST: Record<PostAction, string> = {
  schedule: "scheduled",
  reschedule: "rescheduled",
  cancel: "cancelled",
  retry: "retried",
  takedown: "taken down",
};

/** Retries of transient failures: exponential from 30 s, capped at 15 minutes, with full jitter; the platform's retry-after wins. */
export const MAX_PUBLISH_ATTEMPTS = 6;

export function retryDelayMs(attempt: number, random: number, retryAfterMs?: number): number {
  const base = Math.min(15 * 60_000, 30_000 * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(base / 2 + (random * base) / 2);
  return retryAfterMs !== undefined ? Math.max(retryAfterMs, 1000) : jittered;
}

/** A due post not out within this long is late, and the comms dashboard says so. */
export const LATE_AFTER_MS = 2 * 60_000;
