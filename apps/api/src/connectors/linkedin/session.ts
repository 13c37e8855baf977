import type { ConnectorContext } from "../context.ts";
import { platformFetch, type PlatformRequest, type PlatformResponse } from "../http/platform-fetch.ts";
import { ConnectorError, type Connection, type ConnectorAccount, type Credentials } from "../types.ts";
import { requestTokens, withGrant } from "./tokens.ts";

const REFRESH_AHEAD_MS = 5 * 60_000;

function reconnect(): ConnectorError {
  return new ConnectorError("auth", "LinkedIn no longer accepts this account's sign-in: reconnect it on the account's page.");
}

function expiresWithin(at: string | undefined, now: Date, ms: number): boolean {
  return at !== undefined && Date.parse(at) - now.getTime() <= ms;
}

/**
 * One account's credentials for the length of one operation: refreshed ahead of expiry, and
 * once more if LinkedIn answers 401 anyway. Other workers may refresh the same account at the
 * same time, so a failed refresh first looks for a token someone else saved.
 */
export class LinkedInSession {
  private current: Credentials | undefined;
  readonly baseUrl: string;
  private readonly connection: Connection;

  constructor(
    private readonly ctx: ConnectorContext,
    account: ConnectorAccount,
    private readonly signal?: AbortSignal,
  ) {
    if (!account.connection) {
      throw new ConnectorError("permanent", "This LinkedIn account is not connected: connect it on the account's page.");
    }
    this.connection = account.connection;
    this.baseUrl = account.connection.baseUrl;
  }

  now(): Date {
    return this.ctx.clock.now();
  }

  async credentials(): Promise<Credentials> {
    if (this.current) return this.current;
    let credentials = await this.connection.credentials();
    const now = this.ctx.clock.now();
    if (expiresWithin(credentials.expiresAt, now, REFRESH_AHEAD_MS)) {
      const refreshed = await this.refresh(credentials);
      // A token that has not quite expired may still work; only a dead one ends the attempt here.
      if (!refreshed && expiresWithin(credentials.expiresAt, now, 0)) throw reconnect();
      credentials = refreshed ?? credentials;
    }
    this.current = credentials;
    return credentials;
  }

  /**
   * A call that carries the access token. `build` makes the request from the token, so the
   * retry after a refresh carries the new one.
   */
  async call(url: string, build: (accessToken: string) => Omit<PlatformRequest, "signal" | "timeoutMs">): Promise<PlatformResponse> {
    const first = await this.credentials();
    const response = await this.send(url, build(first.accessToken));
    if (response.status !== 401) return response;
    const renewed = await this.refresh(first);
    if (!renewed) throw reconnect();
    this.current = renewed;
    return this.send(url, build(renewed.accessToken));
  }

  private send(url: string, request: Omit<PlatformRequest, "signal" | "timeoutMs">): Promise<PlatformResponse> {
    return platformFetch(this.ctx.fetch, url, { ...request, signal: this.signal, timeoutMs: this.ctx.requestTimeoutMs });
  }

  /** New credentials, saved; or a newer token another worker saved; or undefined when neither exists. */
  private async refresh(stale: Credentials): Promise<Credentials | undefined> {
    const now = this.ctx.clock.now();
    if (stale.refreshToken && !expiresWithin(stale.refreshExpiresAt, now, 0)) {
      const answer = await requestTokens(this.ctx, this.baseUrl, { grant_type: "refresh_token", refresh_token: stale.refreshToken }, this.signal);
      if (answer.ok) {
        const renewed = withGrant(stale, answer.grant, now, stale);
        await this.connection.saveCredentials(renewed);
        return renewed;
      }
    }
    const latest = await this.connection.credentials();
    return latest.accessToken !== stale.accessToken ? latest : undefined;
  }
}
