// PLACEHOLDER: replaced by the mastodon client (issue 7). Until then every call refuses plainly.
import type { PlatformModule } from "../platform-module.ts";
import { ConnectorError } from "../types.ts";

function notYet(): never {
  throw new ConnectorError("permanent", "Gatehouse cannot publish to this platform's API yet.");
}

export const mastodonPlatform: PlatformModule = {
  platform: "mastodon",
  defaultBaseUrl: "https://mastodon.social",
  baseUrlPerAccount: true,
  connect: { kind: "token", verify: () => notYet() },
  connector: () => ({ publish: async () => notYet(), find: async () => notYet(), delete: async () => notYet() }),
};
