import { Hono } from "hono";
import { recordCalls, type FakeCall } from "../recorder.ts";
import { pageRoutes } from "./pages.ts";
import { repoRoutes } from "./repo-routes.ts";
import { createAccount, serverRoutes } from "./server-routes.ts";
import { createState, type BlueskyFakeOptions, type BlueskyFault, type FakeRecord } from "./state.ts";
import { rateLimitsAndFaults, type BlueskyEnv } from "./xrpc.ts";

export type { BlueskyFakeOptions, BlueskyFault } from "./state.ts";

/**
 * A Bluesky PDS in memory, speaking the XRPC methods Gatehouse uses: app-password sessions
 * with expiring JWTs (refresh JWTs rotate), uploadBlob, createRecord checked against the
 * app.bsky.feed.post lexicon, getRecord, listRecords, deleteRecord, getBlob, RateLimit-*
 * headers, and a small post page at /profile/:handle/post/:rkey.
 *
 * With `autoCreateAccounts` (the demo), the first sign-in for an unknown handle makes the
 * account with whatever app password was typed; after that only that password works.
 */
export function createBlueskyFake(options: BlueskyFakeOptions = {}) {
  const prefix = options.prefix ?? "";
  const state = createState(options);
  const calls: FakeCall[] = [];

  const pds = new Hono<BlueskyEnv>();
  pds.use("/xrpc/*", rateLimitsAndFaults(state));
  serverRoutes(pds, state);
  repoRoutes(pds, state);
  pageRoutes(pds, state, prefix);

  const app = new Hono();
  app.use("*", recordCalls(calls, prefix));
  app.route(prefix || "/", pds);

  return {
    app,
    calls,
    state,
    /** an account (handle in lower case) that `appPassword` signs in as; its DID is returned */
    createAccount(handle: string, appPassword: string): string {
      return createAccount(state, handle, appPassword).did;
    },
    /** the next `times` calls to an XRPC method ("com.atproto.repo.createRecord", or "*" for any) misbehave as `fault` says */
    failNext(method: string, fault: BlueskyFault, times = 1): void {
      const queue = state.faults.get(method) ?? [];
      for (let i = 0; i < times; i += 1) queue.push(fault);
      state.faults.set(method, queue);
    },
    /** every access JWT issued so far answers 400 ExpiredToken from now on */
    expireAccessTokens(): void {
      const past = new Date(state.now().getTime() - 1000);
      for (const token of state.tokens.values()) if (token.scope === "access") token.expiresAt = past;
    },
    /** every refresh JWT issued so far is revoked, as a password change or "sign out everywhere" does */
    revokeRefreshTokens(): void {
      for (const token of state.tokens.values()) if (token.scope === "refresh") token.revoked = true;
    },
    /** as revoking the app password in Bluesky's settings: it no longer signs in */
    revokeAppPassword(handle: string, appPassword: string): void {
      state.accountByIdentifier(handle)?.passwords.delete(appPassword);
    },
    /** the posts an account has up, oldest first */
    posts(handle: string): FakeRecord[] {
      const account = state.accountByIdentifier(handle);
      return [...(account ? (state.records.get(account.did)?.values() ?? []) : [])].filter((record) => record.collection === "app.bsky.feed.post");
    },
    /** the bytes of an uploaded blob */
    blob(handle: string, cid: string): Buffer | undefined {
      const account = state.accountByIdentifier(handle);
      return account ? state.blobs.get(account.did)?.get(cid)?.bytes : undefined;
    },
  };
}

export type BlueskyFake = ReturnType<typeof createBlueskyFake>;
