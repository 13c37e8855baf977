import type { Platform } from "@gatehouse/policy";
import type { ConnectorContext } from "../context.ts";
import type { CodeExchange, TokenGrant } from "../platform-module.ts";
import { ConnectorError } from "../types.ts";
import type { MetaPlatformName } from "./graph-errors.ts";
import { graphRequest } from "./graph-request.ts";

export const META_GRAPH_URL = "https://graph.facebook.com/v25.0";

export function isRealGraph(baseUrl: string): boolean {
  return new URL(baseUrl).host === "graph.facebook.com";
}

/** Facebook Login's dialog lives on www.facebook.com, not on the Graph host; a fake serves its own. */
export function metaAuthorizeUrl(baseUrl: string): string {
  return isRealGraph(baseUrl) ? "https://www.facebook.com/v25.0/dialog/oauth" : `${baseUrl.replace(/\/$/, "")}/dialog/oauth`;
}

interface TokenAnswer {
  access_token: string;
  token_type?: string;
  expires_in?: number;
}

/**
 * Meta's code exchange is a GET with the app secret as a parameter. The short-lived user
 * token it gives (an hour or two) is swapped at once for a long-lived one (about 60 days),
 * because page tokens derived from a long-lived user token never expire.
 */
export async function exchangeMetaCode(ctx: ConnectorContext, platform: Platform, name: MetaPlatformName, baseUrl: string, exchange: CodeExchange): Promise<TokenGrant> {
  const client = ctx.oauthClient(platform);
  const secret: Record<string, string> = client.clientSecret ? { client_secret: client.clientSecret } : {};
  const refused = "the sign-in";
  const short = await graphRequest<TokenAnswer>(ctx, name, baseUrl, {
    path: "/oauth/access_token",
    query: {
      client_id: client.clientId,
      redirect_uri: exchange.redirectUri,
      ...secret,
      code: exchange.code,
      ...(exchange.codeVerifier ? { code_verifier: exchange.codeVerifier } : {}),
    },
    refused,
  });
  const long = await graphRequest<TokenAnswer>(ctx, name, baseUrl, {
    path: "/oauth/access_token",
    query: { grant_type: "fb_exchange_token", client_id: client.clientId, ...secret, fb_exchange_token: short.access_token },
    refused,
  });
  return { accessToken: long.access_token, expiresIn: long.expires_in };
}

export interface ManagedPage {
  id: string;
  name: string;
  username?: string;
  access_token: string;
}

/** The Facebook pages the signed-in person manages, each with its page token. */
export async function managedPages(ctx: ConnectorContext, name: MetaPlatformName, baseUrl: string, userToken: string): Promise<ManagedPage[]> {
  const answer = await graphRequest<{ data?: ManagedPage[] }>(ctx, name, baseUrl, {
    path: "/me/accounts",
    query: { fields: "id,name,username,access_token", limit: "100" },
    token: userToken,
    refused: "the request for your pages",
  });
  return answer.data ?? [];
}

/** Handles are typed by people: "@DemoNHSTrust", "demonhstrust" and "Demo NHS Trust" are one. */
export function sameHandle(handle: string, candidate: string | undefined): boolean {
  if (!candidate) return false;
  const plain = (value: string) => value.trim().replace(/^@/, "").replace(/\s+/g, "").toLowerCase();
  return plain(handle) === plain(candidate);
}

export function noSuchAccount(message: string): ConnectorError {
  return new ConnectorError("permanent", message);
}
