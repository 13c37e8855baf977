import type { ConnectorContext } from "../context.ts";
import { graphRequest } from "../meta/graph-request.ts";
import { managedPages, noSuchAccount, sameHandle } from "../meta/oauth.ts";
import type { TokenGrant } from "../platform-module.ts";
import type { Credentials } from "../types.ts";

interface PageWithInstagram {
  id: string;
  instagram_business_account?: { id: string; username?: string };
}

/**
 * With Facebook Login, an Instagram professional account is reached through the Facebook
 * page it is linked to: we look at each page the person manages for the Instagram account
 * whose username is the registered handle, and post with that page's token.
 */
export async function completeInstagram(ctx: ConnectorContext, baseUrl: string, grant: TokenGrant, handle: string): Promise<Credentials> {
  const pages = await managedPages(ctx, "Instagram", baseUrl, grant.accessToken);
  const found: string[] = [];
  for (const page of pages) {
    const linked = await graphRequest<PageWithInstagram>(ctx, "Instagram", baseUrl, {
      path: `/${page.id}`,
      query: { fields: "instagram_business_account{id,username}" },
      token: page.access_token,
      refused: "the request for the page's Instagram account",
    });
    const instagram = linked.instagram_business_account;
    if (!instagram) continue;
    if (sameHandle(handle, instagram.username)) {
      return { accessToken: page.access_token, remoteAccountId: instagram.id, remoteHandle: instagram.username };
    }
    found.push(`@${instagram.username ?? instagram.id}`);
  }
  const linked = found.length ? ` Its pages are linked to: ${found.join(", ")}.` : " None of its pages has an Instagram professional account linked.";
  throw noSuchAccount(
    `That Facebook sign-in cannot post to Instagram as ${handle}.${linked} Link ${handle} to a Facebook page you manage (a Business or Creator account), or correct the account's handle.`,
  );
}
