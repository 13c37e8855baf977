import type { PlatformModule } from "../platform-module.ts";
import { MastodonConnector } from "./client.ts";
import { mastodonConnect } from "./connect.ts";

/** Mastodon: each account names its instance; a pasted access token that never expires. */
export const mastodonPlatform: PlatformModule = {
  platform: "mastodon",
  defaultBaseUrl: "https://mastodon.social",
  baseUrlPerAccount: true,
  connect: mastodonConnect,
  connector: (ctx) => new MastodonConnector(ctx),
};
