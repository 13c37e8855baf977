// PLACEHOLDER: replaced by the bluesky client (issue 7). Until then every call refuses plainly.
import type { PlatformModule } from "../platform-module.ts";
import { ConnectorError } from "../types.ts";

function notYet(): never {
  throw new ConnectorError("permanent", "Gatehouse cannot publish to this platform's API yet.");
}

export const blueskyPlatform: PlatformModule = {
  platform: "bluesky",
  defaultBaseUrl: "https://bsky.social",
  baseUrlPerAccount: true,
  connect: { kind: "app_password", login: () => notYet() },
  connector: () => ({ publish: async () => notYet(), find: async () => notYet(), delete: async () => notYet() }),
};
