import type { MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { plainProblem } from "./problems.ts";
import type { FakeUser, XFakeState } from "./state.ts";

export interface XEnv {
  Variables: { user: FakeUser };
}

/** X's per-user 15-minute limits for the routes Gatehouse uses (rate-limits page, 2025). */
export const DEFAULT_LIMITS: Record<string, number> = {
  "POST /2/oauth2/token": 10_000,
  "GET /2/users/me": 75,
  "GET /2/users/:id/tweets": 900,
  "POST /2/tweets": 100,
  "DELETE /2/tweets/:id": 50,
  "POST /2/media/upload": 500,
  "GET /2/media/upload": 1_875,
  "POST /2/media/upload/initialize": 1_875,
  "POST /2/media/upload/:id/append": 1_875,
  "POST /2/media/upload/:id/finalize": 1_875,
  "POST /2/media/metadata": 500,
};

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * What every X API route does before its own work, in X's order: injected faults, the
 * rate-limit window (headers on every answer), then the bearer token and its scope.
 * A "hang" fault lets the route do its work and then holds the answer back.
 */
export function guard(state: XFakeState, route: string, scope?: string): MiddlewareHandler<XEnv> {
  return async (c, next) => {
    const fault = state.takeFault(route);
    const caller = state.bearer(c.req.header("authorization"));
    const bucket = state.consume(route, caller?.user.id ?? "app");
    const over = bucket.over || fault?.kind === "rate_limit";
    c.header("x-rate-limit-limit", String(bucket.limit));
    c.header("x-rate-limit-remaining", String(over ? 0 : bucket.limit - bucket.used));
    c.header("x-rate-limit-reset", String(Math.ceil(bucket.resetAt.getTime() / 1000)));
    if (fault?.kind === "status") return plainProblem(c, fault.status as ContentfulStatusCode);
    if (over) return plainProblem(c, 429);
    if (route !== "POST /2/oauth2/token") {
      if (!caller) return plainProblem(c, 401);
      if (scope && !caller.scopes.includes(scope)) return plainProblem(c, 403, `This request needs the ${scope} scope.`);
      c.set("user", caller.user);
    }
    await next();
    if (fault?.kind === "hang") await sleep(fault.ms);
  };
}
