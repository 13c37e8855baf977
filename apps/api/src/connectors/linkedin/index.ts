import type { PlatformModule } from "../platform-module.ts";
import { linkedinConnect } from "./connect.ts";
import { LinkedInConnector } from "./connector.ts";
import { LINKEDIN_API } from "./endpoints.ts";

export const linkedinPlatform: PlatformModule = {
  platform: "linkedin",
  defaultBaseUrl: LINKEDIN_API,
  baseUrlPerAccount: false,
  connect: linkedinConnect,
  connector: (ctx) => new LinkedInConnector(ctx),
};
