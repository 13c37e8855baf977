import type { ConnectorContext } from "../context.ts";
import { platformFetch, type PlatformResponse } from "../http/platform-fetch.ts";
import type { CodeExchange, TokenGrant } from "../platform-module.ts";
import { ConnectorError, type Credentials } from "../types.ts";
import { xDetail, xError } from "./errors.ts";
import { bareHandle, trimBase } from "./urls.ts";

export const X_SCOPES = ["tweet.read", "tweet.write", "users.read", "media.write", "offline.access"] as const;
/** X's OAuth 2.0 access tokens last two hours; used when an answer leaves expires_in out */
const DEFAULT_EXPIRES_IN = 2 * 60 * 60;

/**
 * A call to X's token endpoint. A confidential client (one with a secret) must
 * authenticate with HTTP Basic; a public client names itself in the form.
 */
function tokenRequest(ctx: ConnectorContext, baseUrl: string, form: Record<string, string>, signal?: AbortSignal): Promise<PlatformResponse> {
  const client = ctx.oauthClient("x");
  const headers: Record<string, string> = {};
  const fields = new URLSearchParams(form);
  if (client.clientSecret) {
    const pair = `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(pair).toString("base64")}`;
  } else {
    fields.set("client_id", client.clientId);
  }
  return platformFetch(ctx.fetch, `${trimBase(baseUrl)}/2/oauth2/token`, { method: "POST", headers, body: fields, signal, timeoutMs: ctx.requestTimeoutMs });
}

function toGrant(body: unknown): TokenGrant {
  const answer = (body ?? {}) as { access_token?: unknown; refresh_token?: unknown; expires_in?: unknown; scope?: unknown };
  if (typeof answer.access_token !== "string" || !answer.access_token) throw new ConnectorError("transient", "X's token endpoint answered without an access token.");
  return {
    accessToken: answer.access_token,
    refreshToken: typeof answer.refresh_token === "string" ? answer.refresh_token : undefined,
    expiresIn: typeof answer.expires_in === "number" ? answer.expires_in : undefined,
    scope: typeof answer.scope === "string" ? answer.scope : undefined,
  };
}

export function expiresAt(now: Date, expiresIn: number | undefined): string {
  return new Date(now.getTime() + (expiresIn ?? DEFAULT_EXPIRES_IN) * 1000).toISOString();
}

export async function exchangeCode(ctx: ConnectorContext, baseUrl: string, exchange: CodeExchange): Promise<TokenGrant> {
  const form: Record<string, string> = { grant_type: "authorization_code", code: exchange.code, redirect_uri: exchange.redirectUri };
  if (exchange.codeVerifier) form.code_verifier = exchange.codeVerifier;
  const response = await tokenRequest(ctx, baseUrl, form);
  if (response.status === 200) return toGrant(response.body);
  if (response.status === 400 || response.status === 401) {
    throw new ConnectorError("permanent", `X did not accept the sign-in (${xDetail(response.body, response.status)}). Try connecting the account again.`);
  }
  throw xError(response, "the sign-in", ctx.clock.now());
}

/** Which X account the new tokens act for; refuses them unless it is the account registered in Gatehouse. */
export async function complete(ctx: ConnectorContext, baseUrl: string, grant: TokenGrant, handle: string): Promise<Credentials> {
  const response = await platformFetch(ctx.fetch, `${trimBase(baseUrl)}/2/users/me`, {
    headers: { authorization: `Bearer ${grant.accessToken}` },
    timeoutMs: ctx.requestTimeoutMs,
  });
  if (response.status !== 200) throw xError(response, "to say which account signed in", ctx.clock.now());
  const me = (response.body as { data?: { id?: unknown; username?: unknown } } | null)?.data;
  if (typeof me?.id !== "string" || typeof me.username !== "string") throw new ConnectorError("transient", "X did not say which account signed in.");
  const expected = bareHandle(handle);
  if (me.username.toLowerCase() !== expected.toLowerCase()) {
    throw new ConnectorError(
      "permanent",
      `You signed in to X as @${me.username}, but this account is @${expected}. Sign out of X, sign in as @${expected}, then connect again.`,
    );
  }
  return {
    accessToken: grant.accessToken,
    refreshToken: grant.refreshToken,
    expiresAt: expiresAt(ctx.clock.now(), grant.expiresIn),
    remoteAccountId: me.id,
    remoteHandle: me.username,
  };
}

/**
 * Swaps a refresh token for new tokens. Returns null when X refuses the refresh token
 * (used already, revoked); throws when X could not be asked, since the token may still be good.
 */
export async function refreshTokens(ctx: ConnectorContext, baseUrl: string, refreshToken: string, signal?: AbortSignal): Promise<TokenGrant | null> {
  const response = await tokenRequest(ctx, baseUrl, { grant_type: "refresh_token", refresh_token: refreshToken }, signal);
  if (response.status === 200) return toGrant(response.body);
  if (response.status === 400 || response.status === 401) return null;
  throw xError(response, "to renew the sign-in", ctx.clock.now());
}
