import { Hono } from "hono";
import { recordCalls, type FakeCall } from "../recorder.ts";
import { DEFAULT_LIMITS, type XEnv } from "./guard.ts";
import { registerMediaRoutes, type ProcessingOptions } from "./media-routes.ts";
import { registerOAuthRoutes, type FakeOAuthClient } from "./oauth-routes.ts";
import { registerPublicPages } from "./public-pages.ts";
import { XFakeState, type FakeMedia, type FakeTweet, type FakeUser } from "./state.ts";
import { registerTweetRoutes } from "./tweet-routes.ts";

export interface XFakeOptions {
  /** the mount path, when the fake is served inside another app ("/fakes/x") */
  prefix?: string;
  now?: () => Date;
  /** calls per 15 minutes per user, by route ("POST /2/tweets"); X's own limits otherwise */
  limits?: Record<string, number>;
  /** OAuth clients the token endpoint accepts; any client when absent (the demo) */
  clients?: FakeOAuthClient[];
  /** make finalized uploads need STATUS checks before they can be posted */
  processing?: Partial<ProcessingOptions>;
}

export type XFault = "5xx" | "429" | "hang";

export interface XFake {
  app: Hono;
  calls: FakeCall[];
  state: XFakeState;
  /** posts as X keeps them, deleted ones included (with deletedAt) */
  posts(): FakeTweet[];
  media(id: string): FakeMedia | undefined;
  /** a user and live tokens for them, as if they had been through the consent page */
  grant(username: string, options?: { scopes?: string[]; clientId?: string }): { user: FakeUser; accessToken: string; refreshToken: string; expiresIn: number };
  /**
   * The next `times` calls to `route` ("POST /2/tweets") misbehave: "5xx" answers 503 (or
   * `status`), "429" answers Too Many Requests, "hang" does the work (stores the post) and
   * then holds the answer for `ms`.
   */
  fail(route: string, fault: XFault, options?: { times?: number; status?: number; ms?: number }): void;
  /** every access token stops working at once, as if two hours had passed */
  expireAccessTokens(): void;
  /** every refresh token is refused, as after the person revoked the app */
  revokeRefreshTokens(): void;
}

export const ALL_SCOPES = ["tweet.read", "tweet.write", "users.read", "media.write", "offline.access"];

/** A fake X API v2 that speaks the real contract closely enough to prove the client against. */
export function createXFake(options: XFakeOptions = {}): XFake {
  const prefix = options.prefix ?? "";
  const state = new XFakeState(options.now ?? (() => new Date()), { ...DEFAULT_LIMITS, ...options.limits });
  const calls: FakeCall[] = [];
  const app = prefix ? new Hono<XEnv>().basePath(prefix) : new Hono<XEnv>();
  app.use("*", recordCalls(calls, prefix));
  registerOAuthRoutes(app, state, prefix, options.clients);
  registerMediaRoutes(app, state, { checks: options.processing?.checks ?? 0, checkAfterSecs: options.processing?.checkAfterSecs ?? 1 });
  registerTweetRoutes(app, state);
  registerPublicPages(app, state, prefix);

  return {
    // Mounted and served as a plain Hono app; the typed variables stay inside the fake.
    app: app as unknown as Hono,
    calls,
    state,
    posts: () => [...state.tweets.values()],
    media: (id) => state.media.get(id),
    grant(username, { scopes = ALL_SCOPES, clientId = options.clients?.[0]?.clientId ?? "gatehouse-test" } = {}) {
      const user = state.userNamed(username);
      const tokens = state.issueTokens(user.id, clientId, scopes);
      return { user, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken ?? "", expiresIn: tokens.expiresIn };
    },
    fail(route, fault, { times = 1, status = 503, ms = 30_000 } = {}) {
      const queue = state.faults.get(route) ?? [];
      for (let i = 0; i < times; i++) {
        queue.push(fault === "5xx" ? { kind: "status", status } : fault === "429" ? { kind: "rate_limit" } : { kind: "hang", ms });
      }
      state.faults.set(route, queue);
    },
    expireAccessTokens() {
      const past = new Date(state.now().getTime() - 1000);
      for (const grant of state.accessTokens.values()) grant.expiresAt = past;
    },
    revokeRefreshTokens() {
      state.refreshTokens.clear();
    },
  };
}
