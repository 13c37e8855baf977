// PLACEHOLDER: replaced by the facebook client (issue 7). Until then every call refuses plainly.
import type { PlatformModule } from "../platform-module.ts";
import { ConnectorError } from "../types.ts";

function notYet(): never {
  throw new ConnectorError("permanent", "Gatehouse cannot publish to this platform's API yet.");
}

export const facebookPlatform: PlatformModule = {
  platform: "facebook",
  defaultBaseUrl: "https://graph.facebook.com/v25.0",
  baseUrlPerAccount: false,
  connect: {
    kind: "oauth",
    pkce: true,
    scopes: [],
    authorizeUrl: (baseUrl) => `${baseUrl}/oauth/authorize`,
    exchangeCode: () => notYet(),
    complete: () => notYet(),
  },
  connector: () => ({ publish: async () => notYet(), find: async () => notYet(), delete: async () => notYet() }),
};
