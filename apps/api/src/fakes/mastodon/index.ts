import { Hono } from "hono";
import { recordCalls, type FakeCall } from "../recorder.ts";
import { accountRoutes } from "./account-routes.ts";
import type { MastodonEnv } from "./guards.ts";
import { mediaRoutes } from "./media-routes.ts";
import { pageRoutes } from "./pages.ts";
import { createState, type FakeStatus, type FakeToken, type MastodonFakeOptions, type MastodonFault, type MastodonRoute } from "./state.ts";
import { statusRoutes } from "./status-routes.ts";
import { issueToken } from "./tokens.ts";

export type { MastodonFakeOptions, MastodonFault, MastodonRoute } from "./state.ts";
export { GATEHOUSE_SCOPES } from "./tokens.ts";

/**
 * A Mastodon instance in memory, speaking the REST API Gatehouse uses: bearer tokens,
 * /api/v2/media with its processing states, statuses with Idempotency-Key and scheduled_at,
 * account timelines, /api/v2/instance limits and rack-attack's rate-limit headers.
 */
export function createMastodonFake(options: MastodonFakeOptions = {}) {
  const prefix = options.prefix ?? "";
  const state = createState(options);
  const calls: FakeCall[] = [];

  const api = new Hono<MastodonEnv>();
  accountRoutes(api, state, prefix);
  mediaRoutes(api, state, prefix);
  statusRoutes(api, state, prefix);
  pageRoutes(api, state, prefix);

  const app = new Hono();
  app.use("*", recordCalls(calls, prefix));
  app.route(prefix || "/", api);

  return {
    app,
    calls,
    state,
    /** a personal access token for `username` (the account is made on first use) */
    issueToken(username: string, scopes?: readonly string[]): string {
      return issueToken(state, username, scopes).token;
    },
    /** as the person would from "Authorized apps": the token answers 401 from now on */
    revokeToken(token: string): void {
      const found: FakeToken | undefined = state.tokens.get(token);
      if (found) found.revoked = true;
    },
    /** the next `times` calls to `route` misbehave as `fault` says */
    failNext(route: MastodonRoute, fault: MastodonFault, times = 1): void {
      const queue = state.faults.get(route) ?? [];
      for (let i = 0; i < times; i += 1) queue.push(fault);
      state.faults.set(route, queue);
    },
    /** the next `count` uploads answer 202 and need polling, whatever their size */
    processNextUploads(count = 1): void {
      state.forcedAsyncUploads += count;
    },
    /** statuses still up, oldest first, optionally for one username */
    listStatuses(username?: string): FakeStatus[] {
      const account = username ? state.accountByUsername(username) : undefined;
      return state.statuses.filter((status) => !status.deletedAt && (!username || status.accountId === account?.id));
    },
    /** the pictures attached to a status, as the instance stored them */
    mediaOf(status: FakeStatus) {
      return status.mediaIds.map((id) => state.media.get(id)!);
    },
  };
}

export type MastodonFake = ReturnType<typeof createMastodonFake>;
