/**
 * A fake Meta Graph API (graph.facebook.com) for Facebook Pages and Instagram with Facebook
 * Login, for tests and the demo. No version in its paths: its base stands for
 * https://graph.facebook.com/v25.0.
 *
 * Signing in: GET {base}/dialog/oauth shows a form asking for a page name. Whatever is
 * typed becomes a Facebook page the person manages (several names, comma-separated, give
 * several pages), and each page has an Instagram professional account linked whose username
 * is the page username lower-cased: typing "DemoNHSTrust" gives the page @DemoNHSTrust and
 * the Instagram account @demonhstrust. The same name always gives the same page.
 *
 * Controls: `fail(route, fault, times)` (see faults.ts for route names and fault kinds),
 * `invalidateTokens()` (every token then answers code 190), `failNextContainers(n)`
 * (Instagram containers that end in ERROR), `releaseHangs()`; `posts()` and `igMedia()`
 * list what was published.
 */
import { Hono } from "hono";
import { type FakeCall, recordCalls } from "../recorder.ts";
import { FaultPlan, injectFaults, type MetaFault } from "./faults.ts";
import { GraphFault, graphErrorBody } from "./graph-response.ts";
import { instagramRoutes } from "./instagram-routes.ts";
import { nodeRoutes } from "./node-routes.ts";
import { oauthRoutes } from "./oauth-routes.ts";
import { isVisible, pageRoutes } from "./page-routes.ts";
import { publicPages } from "./public-pages.ts";
import { type FakeFacebookPost, type FakeIgMedia, type FakePage, MetaState } from "./state.ts";
import { UsageMeter } from "./usage.ts";

export interface MetaFakeOptions {
  prefix?: string;
  now?: () => Date;
  /** how Instagram reaches image_url (the global fetch unless given) */
  fetch?: typeof fetch;
  /** status checks answered IN_PROGRESS before an Instagram container is FINISHED (default 1) */
  pollsUntilFinished?: number;
  /** Instagram posts allowed through the API in 24 hours (default 100) */
  publishingQuota?: number;
  /** the app secret the token endpoint insists on; any non-empty secret when absent */
  clientSecret?: string;
  /** how long a "hang" fault holds its answer unless given (default 30 s) */
  hangMs?: number;
}

export interface MetaFake {
  app: Hono;
  calls: FakeCall[];
  state: MetaState;
  fail(route: string, fault: MetaFault, times?: number): void;
  invalidateTokens(): void;
  failNextContainers(count: number): void;
  releaseHangs(): void;
  /** the page (and its Instagram account) a sign-in with this name would give */
  page(name: string): FakePage;
  /** the page's Facebook posts people can see, oldest first */
  posts(pageId?: string): FakeFacebookPost[];
  /** Instagram posts, oldest first */
  igMedia(igUserId?: string): FakeIgMedia[];
}

export function createMetaFake(options: MetaFakeOptions = {}): MetaFake {
  const prefix = options.prefix ?? "";
  const state = new MetaState(options.now ?? (() => new Date()), prefix);
  const calls: FakeCall[] = [];
  const faults = new FaultPlan();
  const usage = new UsageMeter(state);
  const app = prefix ? new Hono().basePath(prefix) : new Hono();

  app.use("*", recordCalls(calls, prefix));
  app.use("*", usage.middleware());
  app.use("*", injectFaults(faults, prefix, options.hangMs ?? 30_000, (c, minutes) => usage.headers(c, minutes)));
  app.onError((error, c) => {
    if (error instanceof GraphFault) return c.json(graphErrorBody(error.error), error.status as 400, error.headers);
    return c.json(graphErrorBody({ message: `An unknown error occurred: ${error.message}`, code: 1, isTransient: false }), 500);
  });

  oauthRoutes(app, state, options.clientSecret !== undefined ? { clientSecret: options.clientSecret } : {});
  publicPages(app, state);
  pageRoutes(app, state, options.fetch ?? globalThis.fetch);
  instagramRoutes(app, state, {
    fetch: options.fetch ?? globalThis.fetch,
    pollsUntilFinished: options.pollsUntilFinished ?? 1,
    publishingQuota: options.publishingQuota ?? 100,
  });
  nodeRoutes(app, state);

  return {
    app,
    calls,
    state,
    fail: (route, fault, times = 1) => faults.add(route, fault, times),
    invalidateTokens: () => state.tokens.forEach((token) => (token.revoked = true)),
    failNextContainers: (count) => (state.failingContainers += count),
    releaseHangs: () => faults.releaseHangs(),
    page: (name) => state.pageNamed(name),
    posts: (pageId) => [...state.posts.values()].filter((p) => (!pageId || p.pageId === pageId) && isVisible(state, p)),
    igMedia: (igUserId) => [...state.media.values()].filter((m) => !igUserId || m.igUserId === igUserId),
  };
}
