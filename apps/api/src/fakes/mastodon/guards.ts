import type { Context, MiddlewareHandler } from "hono";
import type { FakeAccount, FakeToken, MastodonFakeState, MastodonRoute } from "./state.ts";

export interface MastodonEnv {
  Variables: { account: FakeAccount; token: FakeToken | undefined };
}

const WINDOW_MS = 5 * 60 * 1000;

/** Mastodon writes the reset as ISO-8601 with microseconds (Ruby's iso8601(6)). */
function isoMicro(date: Date): string {
  return date.toISOString().replace(/Z$/, "000Z");
}

function windowEnd(now: Date): Date {
  return new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS + WINDOW_MS);
}

function rateLimitHeaders(c: Context, limit: number, remaining: number, reset: Date): void {
  c.header("X-RateLimit-Limit", String(limit));
  c.header("X-RateLimit-Remaining", String(Math.max(0, remaining)));
  c.header("X-RateLimit-Reset", isoMicro(reset));
}

function delay(ms: number): Promise<void> {
  // Unref'd so a held-back answer never keeps a finished test process alive.
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Plays the next injected fault for this route, if a test queued one. */
export function faults(state: MastodonFakeState, route: MastodonRoute): MiddlewareHandler<MastodonEnv> {
  return async (c, next) => {
    const fault = state.faults.get(route)?.shift();
    if (!fault) return next();
    if (fault.kind === "error") {
      if (fault.status === 503) return c.json({ error: "There was a temporary problem serving your request, please try again" }, 503);
      // Anything else comes from the proxy in front of Puma, as an HTML page.
      return c.html(`<html><head><title>${fault.status}</title></head><body><h1>We're sorry, but something went wrong.</h1></body></html>`, fault.status as 500);
    }
    if (fault.kind === "rate_limited") {
      const now = state.now();
      const reset = fault.resetInMs === undefined ? windowEnd(now) : new Date(now.getTime() + fault.resetInMs);
      rateLimitHeaders(c, state.limits.rateLimit, 0, reset);
      return c.json({ error: "Too many requests" }, 429);
    }
    await next();
    await delay(fault.delayMs ?? 30_000);
  };
}

function covers(granted: string[], wanted: readonly string[]): boolean {
  return wanted.some((scope) => granted.includes(scope) || granted.includes(scope.split(":")[0]!));
}

/**
 * Doorkeeper's bearer check. `scopes` lists alternatives; "write" covers every "write:..." scope.
 * With `optional`, a request without a token passes (public timelines), but a bad or
 * under-scoped token is still refused, as Mastodon's authorize_if_got_token! does.
 */
export function auth(state: MastodonFakeState, scopes: readonly string[], options: { optional?: boolean } = {}): MiddlewareHandler<MastodonEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    if (!header && options.optional) return next();
    const token = header?.startsWith("Bearer ") ? state.tokens.get(header.slice(7).trim()) : undefined;
    if (!token || token.revoked) return c.json({ error: "The access token is invalid" }, 401);
    if (!covers(token.scopes, scopes)) return c.json({ error: "This action is outside the authorized scopes" }, 403);
    c.set("token", token);
    c.set("account", state.accounts.get(token.accountId)!);
    return next();
  };
}

/** rack-attack's per-token throttle: a fixed 5-minute window, headers on every answer. */
export function rateLimit(state: MastodonFakeState): MiddlewareHandler<MastodonEnv> {
  return async (c, next) => {
    const now = state.now();
    const key = c.get("token")?.token ?? "anonymous";
    const start = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
    const window = state.windows.get(key);
    const current = window && window.start === start ? window : { start, count: 0 };
    current.count += 1;
    state.windows.set(key, current);
    rateLimitHeaders(c, state.limits.rateLimit, state.limits.rateLimit - current.count, windowEnd(now));
    if (current.count > state.limits.rateLimit) return c.json({ error: "Too many requests" }, 429);
    return next();
  };
}
