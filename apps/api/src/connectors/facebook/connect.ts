import type { ConnectorContext } from "../context.ts";
import { managedPages, noSuchAccount, sameHandle } from "../meta/oauth.ts";
import type { TokenGrant } from "../platform-module.ts";
import type { Credentials } from "../types.ts";

/**
 * The person may manage several pages: we keep the token of the one whose username or name
 * is the handle registered for the account, and refuse when they manage no such page.
 */
export async function completeFacebook(ctx: ConnectorContext, baseUrl: string, grant: TokenGrant, handle: string): Promise<Credentials> {
  const pages = await managedPages(ctx, "Facebook", baseUrl, grant.accessToken);
  const page = pages.find((p) => sameHandle(handle, p.username)) ?? pages.find((p) => sameHandle(handle, p.name));
  if (!page) {
    const managed = pages.length ? ` It manages: ${pages.map((p) => p.username ?? p.name).join(", ")}.` : " It manages no pages.";
    throw noSuchAccount(
      `That Facebook sign-in cannot post as ${handle}.${managed} Sign in as someone who manages ${handle}, or correct the account's handle.`,
    );
  }
  // A page token made from a long-lived user token does not expire, so no expiresAt.
  return { accessToken: page.access_token, remoteAccountId: page.id, remoteHandle: page.username ?? page.name };
}
