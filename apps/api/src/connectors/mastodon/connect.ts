import type { ConnectorContext } from "../context.ts";
import type { TokenConnect } from "../platform-module.ts";
import { ConnectorError, type Credentials } from "../types.ts";
import { callMastodon } from "./api.ts";
import { mastodonError, NEEDED_SCOPES } from "./errors.ts";

interface VerifiedAccount {
  id: string;
  username: string;
  acct: string;
}

/** "@demonhstrust@social.example" -> { username: "demonhstrust", domain: "social.example" } */
export function parseHandle(handle: string): { username: string; domain: string | undefined } {
  const [username = "", domain] = handle.trim().replace(/^@/, "").split("@");
  return { username, domain: domain?.toLowerCase() };
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The domain in the instance's handles. It can differ from the API's host (Mastodon's
 * LOCAL_DOMAIN vs WEB_DOMAIN), so ask the instance; if it will not say, use the host, and
 * do not insist on a loopback host, which only a local fake has.
 */
async function handleDomain(ctx: ConnectorContext, baseUrl: string): Promise<string | null> {
  const instance = await callMastodon(ctx, baseUrl, null, "/api/v2/instance").catch(() => null);
  const domain = instance?.status === 200 ? (instance.body as { domain?: unknown }).domain : undefined;
  if (typeof domain === "string" && domain) return domain.toLowerCase();
  const host = new URL(baseUrl).hostname.toLowerCase();
  return LOOPBACK.has(host) ? null : host;
}

/** Checks a pasted access token: it must work, and act for the account registered in Gatehouse. */
export const mastodonConnect: TokenConnect = {
  kind: "token",
  async verify(ctx, baseUrl, accessToken, handle): Promise<Credentials> {
    const token = accessToken.trim();
    const response = await callMastodon(ctx, baseUrl, token, "/api/v1/accounts/verify_credentials");
    if (response.status === 401) {
      throw new ConnectorError("auth", "Mastodon did not accept this access token: check it was copied whole, or make a new one under Preferences > Development on the instance.");
    }
    if (response.status === 403) {
      throw new ConnectorError("auth", `This access token cannot read the account's profile: make a new one with the scopes ${NEEDED_SCOPES}.`);
    }
    if (response.status !== 200) throw mastodonError(response, ctx.clock.now(), "the account");
    const account = response.body as VerifiedAccount;

    const wanted = parseHandle(handle);
    if (account.username.toLowerCase() !== wanted.username.toLowerCase()) {
      throw new ConnectorError("permanent", `This access token is for @${account.acct}, not ${handle}: make the token while signed in to Mastodon as ${handle}.`);
    }
    if (wanted.domain) {
      const domain = await handleDomain(ctx, baseUrl);
      if (domain && domain !== wanted.domain) {
        throw new ConnectorError("permanent", `${handle} is not an account on ${domain}: check the instance address for this account.`);
      }
    }
    return { accessToken: token, remoteAccountId: account.id, remoteHandle: account.acct };
  },
};
