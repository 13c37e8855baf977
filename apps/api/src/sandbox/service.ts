import * as accountsRepo from "../accounts/repo.ts";
import * as repo from "../connectors/sandbox-repo.ts";
import type { Deps } from "../deps.ts";
import { AppError, notFound } from "../errors.ts";

export const FAULT_MODES = ["transient", "timeout", "rate_limit", "permanent", "auth"] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

/** The sandbox platform's public feed for one account: what its followers would see. */
export async function sandboxFeed(deps: Deps, accountId: string) {
  const account = await accountsRepo.findAccount(deps.db, accountId);
  if (!account || account.connector !== "sandbox") throw notFound("That sandbox account");
  const posts = await repo.feed(deps.db, accountId, 200);
  return {
    account: { id: account.id, platform: account.platform, handle: account.handle, name: account.name },
    posts: posts
      .filter((p) => !p.deleted_at)
      .map((p) => ({
        id: p.id,
        text: p.text,
        createdAt: p.created_at,
        url: `${deps.config.publicUrl}/sandbox/${account.id}#post-${p.id}`,
        media: ((p.media_json ? JSON.parse(p.media_json) : []) as { key: string; altText: string; width: number; height: number }[]).map((m) => ({
          url: `/api/sandbox/media/${m.key}`,
          altText: m.altText,
          width: m.width,
          height: m.height,
        })),
      })),
  };
}

/** Makes the sandbox misbehave for the next N calls to one account (demo mode only: never in production). */
export async function setSandboxFault(deps: Deps, input: { accountId: string; mode: FaultMode; count: number; retryAfterMs?: number | undefined }) {
  if (deps.config.mode !== "demo") throw new AppError("FORBIDDEN", "Sandbox faults can be set only in demo mode.");
  await repo.setFault(deps.db, { account_id: input.accountId, mode: input.mode, remaining: input.count, retry_after_ms: input.retryAfterMs ?? null });
}
