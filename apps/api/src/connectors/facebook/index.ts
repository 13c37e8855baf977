import { AccountGraph } from "../meta/account-graph.ts";
import { exchangeMetaCode, META_GRAPH_URL, metaAuthorizeUrl } from "../meta/oauth.ts";
import type { PlatformModule } from "../platform-module.ts";
import { completeFacebook } from "./connect.ts";
import { deleteFromPage } from "./delete.ts";
import { findOnPage } from "./find.ts";
import { publishToPage } from "./publish.ts";

/** Facebook Pages through the Graph API, posting as the page with its page token. */
export const facebookPlatform: PlatformModule = {
  platform: "facebook",
  defaultBaseUrl: META_GRAPH_URL,
  baseUrlPerAccount: false,
  connect: {
    kind: "oauth",
    // Facebook Login takes a PKCE code_challenge; the verifier goes with the code exchange.
    pkce: true,
    scopes: ["pages_manage_posts", "pages_read_engagement", "pages_show_list"],
    authorizeUrl: metaAuthorizeUrl,
    exchangeCode: (ctx, baseUrl, exchange) => exchangeMetaCode(ctx, "facebook", "Facebook", baseUrl, exchange),
    complete: completeFacebook,
  },
  connector: (ctx) => ({
    publish: async (request) => publishToPage(await AccountGraph.open(ctx, "Facebook", request.account), request),
    find: async (request) => findOnPage(await AccountGraph.open(ctx, "Facebook", request.account), request),
    delete: async (account, remoteId) => deleteFromPage(await AccountGraph.open(ctx, "Facebook", account), remoteId),
  }),
};
