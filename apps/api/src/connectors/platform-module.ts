import type { Platform } from "@gatehouse/policy";
import type { ConnectorContext } from "./context.ts";
import type { Connector, Credentials } from "./types.ts";

/** What a platform's token endpoint gave us, before we know which account it is for. */
export interface TokenGrant {
  accessToken: string;
  refreshToken?: string | undefined;
  /** seconds */
  expiresIn?: number | undefined;
  /** seconds */
  refreshExpiresIn?: number | undefined;
  scope?: string | undefined;
}

export interface CodeExchange {
  code: string;
  /** the PKCE verifier, when the platform uses PKCE */
  codeVerifier?: string | undefined;
  redirectUri: string;
}

/** OAuth 2 authorisation code (with PKCE where the platform uses it): X, LinkedIn, Facebook, Instagram. */
export interface OAuthConnect {
  kind: "oauth";
  pkce: boolean;
  scopes: readonly string[];
  /** the page the person is sent to, to sign in to the platform and allow us */
  authorizeUrl(baseUrl: string): string;
  /** the code for tokens, the way this platform takes it */
  exchangeCode(ctx: ConnectorContext, baseUrl: string, exchange: CodeExchange): Promise<TokenGrant>;
  /**
   * After the exchange: which account the tokens act for, checked against the handle we
   * registered, and the credentials to keep (a Facebook page token, an organisation URN...).
   * Throws a ConnectorError("permanent") with a plain message when the tokens cannot post
   * as `handle`.
   */
  complete(ctx: ConnectorContext, baseUrl: string, grant: TokenGrant, handle: string): Promise<Credentials>;
}

/** An access token pasted by the person (Mastodon): checked, then kept. */
export interface TokenConnect {
  kind: "token";
  verify(ctx: ConnectorContext, baseUrl: string, accessToken: string, handle: string): Promise<Credentials>;
}

/** A handle and an app password (Bluesky): a session is made, then kept. */
export interface AppPasswordConnect {
  kind: "app_password";
  login(ctx: ConnectorContext, baseUrl: string, identifier: string, password: string, handle: string): Promise<Credentials>;
}

/** Everything Gatehouse knows about one platform's real API. One per platform, in connectors/<platform>/. */
export interface PlatformModule {
  platform: Platform;
  /** the real API's root, used unless the account points at a fake or another instance */
  defaultBaseUrl: string;
  /** true when each account names its own server (Mastodon instance, Bluesky PDS) */
  baseUrlPerAccount: boolean;
  connect: OAuthConnect | TokenConnect | AppPasswordConnect;
  connector(ctx: ConnectorContext): Connector;
}
