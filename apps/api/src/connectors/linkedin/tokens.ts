import type { ConnectorContext } from "../context.ts";
import { platformFetch } from "../http/platform-fetch.ts";
import type { TokenGrant } from "../platform-module.ts";
import { ConnectorError, type Credentials } from "../types.ts";
import { tokenUrl } from "./endpoints.ts";

export type TokenAnswer = { ok: true; grant: TokenGrant } | { ok: false; description: string };

interface TokenBody {
  access_token?: string;
  expires_in?: number;
  refresh_token?: string;
  refresh_token_expires_in?: number;
  scope?: string;
  error?: string;
  error_description?: string;
}

/**
 * One call to LinkedIn's token endpoint (form-encoded, app keys in the body). A refusal is
 * returned, not thrown, because a refused code and a refused refresh mean different things;
 * a network failure or a 5xx is thrown as transient, since nothing is known to be wrong.
 */
export async function requestTokens(ctx: ConnectorContext, baseUrl: string, fields: Record<string, string>, signal?: AbortSignal): Promise<TokenAnswer> {
  const client = ctx.oauthClient("linkedin");
  const form = new URLSearchParams({ ...fields, client_id: client.clientId });
  if (client.clientSecret) form.set("client_secret", client.clientSecret);
  const response = await platformFetch(ctx.fetch, tokenUrl(baseUrl), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form,
    signal,
    timeoutMs: ctx.requestTimeoutMs,
  });
  const body = (response.body && typeof response.body === "object" ? response.body : {}) as TokenBody;
  if (response.status >= 500) {
    throw new ConnectorError("transient", `LinkedIn's sign-in service had a problem (HTTP ${response.status}); try again shortly.`);
  }
  if (response.status !== 200 || !body.access_token) {
    return { ok: false, description: body.error_description ?? body.error ?? `HTTP ${response.status}` };
  }
  return {
    ok: true,
    grant: {
      accessToken: body.access_token,
      refreshToken: body.refresh_token,
      expiresIn: body.expires_in,
      refreshExpiresIn: body.refresh_token_expires_in,
      scope: body.scope,
    },
  };
}

function secondsFrom(now: Date, seconds: number | undefined): string | undefined {
  return seconds === undefined ? undefined : new Date(now.getTime() + seconds * 1000).toISOString();
}

/** The token part of our credentials, from a grant received at `now`; the account part is kept. */
export function withGrant(account: Pick<Credentials, "remoteAccountId" | "remoteHandle">, grant: TokenGrant, now: Date, previous?: Credentials): Credentials {
  return {
    ...previous,
    ...account,
    accessToken: grant.accessToken,
    // Refresh tokens are only for approved partners; when none comes back the old one (if any) still stands.
    refreshToken: grant.refreshToken ?? previous?.refreshToken,
    expiresAt: secondsFrom(now, grant.expiresIn),
    refreshExpiresAt: secondsFrom(now, grant.refreshExpiresIn) ?? previous?.refreshExpiresAt,
  };
}
