import type { Context, MiddlewareHandler } from "hono";
import type { BlueskyState, FakeAccount } from "./state.ts";

export type BlueskyEnv = { Variables: { account: FakeAccount } };

/** An XRPC error as the PDS writes it. */
export function xrpcError(c: Context, status: number, error: string, message: string): Response {
  return c.json({ error, message }, status as 400);
}

/** The XRPC method a request is for: "com.atproto.repo.createRecord". */
export function methodOf(c: Context): string {
  return /\/xrpc\/([^/?]+)/.exec(new URL(c.req.url).pathname)?.[1] ?? "";
}

function takeFault(state: BlueskyState, method: string) {
  for (const key of [method, "*"]) {
    const queue = state.faults.get(key);
    if (queue?.length) return queue.shift();
  }
  return undefined;
}

/**
 * Every XRPC answer carries the PDS's RateLimit-* headers (3,000 calls per 5 minutes); an
 * injected fault answers in place of the method, or (a hang) after it has done its work.
 */
export function rateLimitsAndFaults(state: BlueskyState): MiddlewareHandler {
  return async (c, next) => {
    const now = state.now().getTime();
    const window = state.window;
    if (now - window.startedAt >= window.seconds * 1000) Object.assign(window, { startedAt: now, used: 0 });
    window.used += 1;
    const fault = takeFault(state, methodOf(c));
    let reset = Math.ceil((window.startedAt + window.seconds * 1000) / 1000);
    let remaining = Math.max(0, window.limit - window.used);
    if (fault?.kind === "rate_limit") {
      reset = Math.ceil(now / 1000) + fault.resetInSeconds;
      remaining = 0;
    }
    c.header("RateLimit-Limit", String(window.limit));
    c.header("RateLimit-Remaining", String(remaining));
    c.header("RateLimit-Reset", String(reset));
    c.header("RateLimit-Policy", `${window.limit};w=${window.seconds}`);
    if (fault?.kind === "rate_limit") return xrpcError(c, 429, "RateLimitExceeded", "Rate Limit Exceeded");
    if (fault?.kind === "error") return xrpcError(c, fault.status, fault.error ?? "InternalServerError", fault.message ?? "Internal Server Error");
    await next();
    if (fault?.kind === "hang") await new Promise((done) => setTimeout(done, fault.ms ?? 60_000).unref());
  };
}

/** The bearer's account, answering as the PDS does: 401 when there is none, 400 ExpiredToken or InvalidToken when it is no good. */
export function requireSession(state: BlueskyState): MiddlewareHandler<BlueskyEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    if (!header.startsWith("Bearer ")) return xrpcError(c, 401, "AuthMissing", "Authentication Required");
    const token = state.tokens.get(header.slice(7));
    if (!token || token.revoked || token.scope !== "access") return xrpcError(c, 400, "InvalidToken", "Token could not be verified");
    if (token.expiresAt.getTime() <= state.now().getTime()) return xrpcError(c, 400, "ExpiredToken", "Token has expired");
    const account = state.accounts.get(token.did);
    if (!account) return xrpcError(c, 400, "InvalidToken", "Token could not be verified");
    c.set("account", account);
    await next();
  };
}
