import type { PlatformModule } from "../platform-module.ts";
import { XConnector } from "./connector.ts";
import { complete, exchangeCode, X_SCOPES } from "./oauth.ts";
import { authorizeUrl } from "./urls.ts";

/** X (Twitter) API v2 with OAuth 2.0 user tokens (authorisation code + PKCE, rotating refresh tokens). */
export const xPlatform: PlatformModule = {
  platform: "x",
  defaultBaseUrl: "https://api.x.com",
  baseUrlPerAccount: false,
  connect: { kind: "oauth", pkce: true, scopes: X_SCOPES, authorizeUrl, exchangeCode, complete },
  connector: (ctx) => new XConnector(ctx),
};
