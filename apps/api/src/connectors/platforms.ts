import type { Platform } from "@gatehouse/policy";
import { blueskyPlatform } from "./bluesky/index.ts";
import { facebookPlatform } from "./facebook/index.ts";
import { instagramPlatform } from "./instagram/index.ts";
import { linkedinPlatform } from "./linkedin/index.ts";
import { mastodonPlatform } from "./mastodon/index.ts";
import type { PlatformModule } from "./platform-module.ts";
import { xPlatform } from "./x/index.ts";

/** One real API client per platform. */
export const PLATFORM_MODULES: Record<Platform, PlatformModule> = {
  x: xPlatform,
  facebook: facebookPlatform,
  instagram: instagramPlatform,
  linkedin: linkedinPlatform,
  mastodon: mastodonPlatform,
  bluesky: blueskyPlatform,
};
