import type { ConnectorContext } from "../context.ts";
import { platformFetch, type PlatformResponse } from "../http/platform-fetch.ts";
import { ConnectorError, type Connection, type ConnectorAccount, type Credentials } from "../types.ts";
import { isSessionRefused, RECONNECT_MESSAGE } from "./errors.ts";
import { createSession, refreshSession, xrpcUrl } from "./session.ts";

const REFRESH_AHEAD_MS = 5 * 60 * 1000;

export interface XrpcCall {
  nsid: string;
  method?: "GET" | "POST";
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
}

/** The account's connection, or a plain refusal: an account without one cannot reach Bluesky. */
export function connectionOf(account: ConnectorAccount): Connection {
  if (!account.connection) throw new ConnectorError("auth", "This Bluesky account is not connected: connect it on the account's page.");
  return account.connection;
}

/**
 * XRPC calls as one account, keeping its session alive: refreshed ahead of expiry, refreshed
 * once more if the PDS refuses the access JWT anyway, and started afresh from the app password
 * once the refresh JWT has gone (Bluesky's refresh JWTs last 90 days; app passwords until revoked).
 */
export class AccountSession {
  constructor(
    private readonly ctx: ConnectorContext,
    private readonly connection: Connection,
    private readonly signal?: AbortSignal,
  ) {}

  async credentials(): Promise<Credentials> {
    const current = await this.connection.credentials();
    const expiresAt = current.expiresAt ? Date.parse(current.expiresAt) : Number.POSITIVE_INFINITY;
    if (expiresAt - this.ctx.clock.now().getTime() <= REFRESH_AHEAD_MS) return this.renew(current);
    return current;
  }

  async call(call: XrpcCall): Promise<PlatformResponse> {
    const first = await this.credentials();
    const response = await this.send(call, first);
    if (!isSessionRefused(response)) return response;
    const renewed = await this.renew(first);
    return this.send(call, renewed);
  }

  private send(call: XrpcCall, credentials: Credentials): Promise<PlatformResponse> {
    return platformFetch(this.ctx.fetch, xrpcUrl(this.connection.baseUrl, call.nsid, call.query), {
      method: call.method ?? "POST",
      headers: { ...call.headers, authorization: `Bearer ${credentials.accessToken}` },
      body: call.body,
      signal: this.signal,
      timeoutMs: this.ctx.requestTimeoutMs,
    });
  }

  /** A new session from the refresh JWT, else from the app password; else whatever another worker saved meanwhile. */
  private async renew(stale: Credentials): Promise<Credentials> {
    const { ctx, connection, signal } = this;
    const refreshUsable = stale.refreshToken && (!stale.refreshExpiresAt || Date.parse(stale.refreshExpiresAt) > ctx.clock.now().getTime());
    let outcome = refreshUsable ? await refreshSession(ctx, connection.baseUrl, stale, signal) : undefined;
    if (!outcome?.ok && stale.appPassword) {
      outcome = await createSession(ctx, connection.baseUrl, stale.remoteAccountId, stale.appPassword, signal);
      // The app password now signs in as someone else (the DID moved): that is not this account.
      if (outcome.ok && outcome.credentials.remoteAccountId !== stale.remoteAccountId) outcome = undefined;
    }
    if (outcome?.ok) {
      await connection.saveCredentials(outcome.credentials);
      return outcome.credentials;
    }
    // Refresh JWTs rotate: another worker may have refreshed first and spent ours.
    const latest = await connection.credentials();
    if (latest.accessToken !== stale.accessToken) return latest;
    throw new ConnectorError("auth", RECONNECT_MESSAGE);
  }
}
