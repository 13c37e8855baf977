import type { ConnectorContext } from "../context.ts";
import { platformFetch } from "../http/platform-fetch.ts";
import type { CodeExchange, OAuthConnect, TokenGrant } from "../platform-module.ts";
import { ConnectorError, type Credentials } from "../types.ts";
import { authorizeUrl, restHeaders, restUrl } from "./endpoints.ts";
import { linkedinFailure } from "./errors.ts";
import { requestTokens, withGrant } from "./tokens.ts";

interface OrganizationAcl {
  organization?: string;
}

interface Organization {
  id?: number;
  vanityName?: string;
}

async function exchangeCode(ctx: ConnectorContext, baseUrl: string, exchange: CodeExchange): Promise<TokenGrant> {
  const fields: Record<string, string> = { grant_type: "authorization_code", code: exchange.code, redirect_uri: exchange.redirectUri };
  if (exchange.codeVerifier) fields.code_verifier = exchange.codeVerifier;
  const answer = await requestTokens(ctx, baseUrl, fields);
  if (!answer.ok) throw new ConnectorError("permanent", `LinkedIn refused the sign-in: ${answer.description}. Start connecting the account again.`);
  return answer.grant;
}

/** "demo-nhs-trust", "@demo-nhs-trust" and "https://www.linkedin.com/company/demo-nhs-trust/" all name the same page. */
function vanityNameOf(handle: string): string {
  const fromUrl = /\/company\/([^/?#]+)/.exec(handle)?.[1];
  return (fromUrl ?? handle).trim().replace(/^@/, "").replace(/\/+$/, "").toLowerCase();
}

async function getJson(ctx: ConnectorContext, url: string, accessToken: string, doing: string): Promise<unknown> {
  const response = await platformFetch(ctx.fetch, url, { headers: restHeaders(accessToken), timeoutMs: ctx.requestTimeoutMs });
  if (response.status !== 200) throw linkedinFailure(response, doing, ctx.clock.now());
  return response.body;
}

/**
 * The tokens act for a member; we post as an organisation page that member administers.
 * Of the pages they administer, the one whose vanity name is the account's handle is ours.
 */
async function complete(ctx: ConnectorContext, baseUrl: string, grant: TokenGrant, handle: string): Promise<Credentials> {
  const aclQuery = new URLSearchParams({ q: "roleAssignee", role: "ADMINISTRATOR", state: "APPROVED", start: "0", count: "100" });
  const acls = (await getJson(ctx, restUrl(baseUrl, `/organizationAcls?${aclQuery.toString()}`), grant.accessToken, "the list of pages you administer")) as {
    elements?: OrganizationAcl[];
  };
  const wanted = vanityNameOf(handle);
  const seen: string[] = [];
  for (const acl of acls.elements ?? []) {
    const id = /^urn:li:organization:(\d+)$/.exec(acl.organization ?? "")?.[1];
    if (!id) continue;
    const organization = (await getJson(ctx, restUrl(baseUrl, `/organizations/${id}`), grant.accessToken, "the page's details")) as Organization;
    if (!organization.vanityName) continue;
    if (organization.vanityName.toLowerCase() === wanted) {
      return withGrant({ remoteAccountId: `urn:li:organization:${id}`, remoteHandle: organization.vanityName }, grant, ctx.clock.now());
    }
    seen.push(organization.vanityName);
  }
  const administers = seen.length ? `it administers ${seen.join(", ")}` : "it administers no LinkedIn pages";
  throw new ConnectorError(
    "permanent",
    `The LinkedIn member who signed in is not an administrator of the page "${wanted}" (${administers}). Sign in as one of that page's administrators, or correct the account's handle.`,
  );
}

/**
 * Organisation posting needs these three scopes (Community Management API). LinkedIn documents
 * PKCE for native clients; we always send it, so a stolen code is useless without our verifier.
 */
export const linkedinConnect: OAuthConnect = {
  kind: "oauth",
  pkce: true,
  scopes: ["w_organization_social", "r_organization_social", "rw_organization_admin"],
  authorizeUrl,
  exchangeCode,
  complete,
};
