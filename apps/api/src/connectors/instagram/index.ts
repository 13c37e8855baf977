import type { ConnectorContext } from "../context.ts";
import { AccountGraph } from "../meta/account-graph.ts";
import { exchangeMetaCode, META_GRAPH_URL, metaAuthorizeUrl } from "../meta/oauth.ts";
import type { PlatformModule } from "../platform-module.ts";
import { type Connector, unsupported } from "../types.ts";
import { completeInstagram } from "./connect.ts";
import { DEFAULT_POLL, type PollOptions } from "./containers.ts";
import { findOnInstagram } from "./find.ts";
import { publishToInstagram } from "./publish.ts";

/** `poll` is for tests and the demo, whose fake prepares pictures in milliseconds. */
export function instagramConnector(ctx: ConnectorContext, poll: PollOptions = DEFAULT_POLL): Connector {
  return {
    publish: async (request) => publishToInstagram(ctx, await AccountGraph.open(ctx, "Instagram", request.account), request, poll),
    find: async (request) => findOnInstagram(await AccountGraph.open(ctx, "Instagram", request.account), request),
    // The publishing API gives no delete we can rely on: a person removes it in the app.
    delete: () => Promise.reject(unsupported("Instagram's API cannot delete posts: remove it in the Instagram app, then close the task.")),
  };
}

/** Instagram professional accounts through the Graph API with Facebook Login, posting with the linked page's token. */
export const instagramPlatform: PlatformModule = {
  platform: "instagram",
  defaultBaseUrl: META_GRAPH_URL,
  baseUrlPerAccount: false,
  connect: {
    kind: "oauth",
    pkce: true,
    scopes: ["instagram_basic", "instagram_content_publish", "pages_show_list", "pages_read_engagement"],
    authorizeUrl: metaAuthorizeUrl,
    exchangeCode: (ctx, baseUrl, exchange) => exchangeMetaCode(ctx, "instagram", "Instagram", baseUrl, exchange),
    complete: completeInstagram,
  },
  connector: (ctx) => instagramConnector(ctx),
};
