import type { ConnectorContext } from "../context.ts";
import { platformFetch, type PlatformRequest, type PlatformResponse } from "../http/platform-fetch.ts";
import { ConnectorError, type Connection, type ConnectorAccount, type Credentials } from "../types.ts";
import { RECONNECT_MESSAGE } from "./errors.ts";
import { expiresAt, refreshTokens } from "./oauth.ts";
import { bareHandle, trimBase } from "./urls.ts";

/** Refresh a little early, so a token cannot run out between our check and X's. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

export type XCall = Omit<PlatformRequest, "signal" | "timeoutMs">;

/**
 * One account's way into X for one operation: a bearer token kept fresh by the house rule
 * (refresh when it is about to expire; on a 401 refresh once and try once more; when the
 * refresh is refused, use a newer token another worker saved, else ask for a reconnect).
 */
export class XSession {
  readonly baseUrl: string;
  private readonly connection: Connection;
  private current: Credentials | undefined;

  constructor(
    private readonly ctx: ConnectorContext,
    readonly account: ConnectorAccount,
    private readonly signal?: AbortSignal,
  ) {
    if (!account.connection) throw new ConnectorError("auth", "This X account is not connected yet: connect it on the account's page.");
    this.connection = account.connection;
    this.baseUrl = trimBase(account.connection.baseUrl);
  }

  get now(): Date {
    return this.ctx.clock.now();
  }

  async credentials(): Promise<Credentials> {
    if (!this.current) {
      this.current = await this.connection.credentials();
      const expiry = this.current.expiresAt ? Date.parse(this.current.expiresAt) : Infinity;
      if (this.current.refreshToken && expiry - this.now.getTime() <= REFRESH_MARGIN_MS) this.current = await this.refresh(this.current);
    }
    return this.current;
  }

  /** The username X shows in post addresses. */
  async username(): Promise<string> {
    return (await this.credentials()).remoteHandle ?? bareHandle(this.account.handle);
  }

  async call(path: string, request: XCall): Promise<PlatformResponse> {
    const used = await this.credentials();
    const first = await this.send(path, request, used.accessToken);
    if (first.status !== 401) return first;
    this.current = await this.refresh(used);
    const second = await this.send(path, request, this.current.accessToken);
    if (second.status === 401) throw new ConnectorError("auth", RECONNECT_MESSAGE);
    return second;
  }

  private send(path: string, request: XCall, accessToken: string): Promise<PlatformResponse> {
    return platformFetch(this.ctx.fetch, `${this.baseUrl}${path}`, {
      ...request,
      headers: { ...request.headers, authorization: `Bearer ${accessToken}` },
      signal: this.signal,
      timeoutMs: this.ctx.requestTimeoutMs,
    });
  }

  private async refresh(stale: Credentials): Promise<Credentials> {
    const grant = stale.refreshToken ? await refreshTokens(this.ctx, this.baseUrl, stale.refreshToken, this.signal) : null;
    if (grant) {
      const renewed: Credentials = {
        ...stale,
        accessToken: grant.accessToken,
        // X rotates refresh tokens: keeping the old one would lock the account out next time.
        refreshToken: grant.refreshToken ?? stale.refreshToken,
        expiresAt: expiresAt(this.now, grant.expiresIn),
      };
      await this.connection.saveCredentials(renewed);
      return renewed;
    }
    // Another worker may have refreshed first, spending the refresh token we hold.
    const latest = await this.connection.credentials();
    if (latest.accessToken !== stale.accessToken) return latest;
    throw new ConnectorError("auth", RECONNECT_MESSAGE);
  }
}
