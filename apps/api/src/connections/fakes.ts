import type { Platform } from "@gatehouse/policy";
import type { Config } from "../config.ts";

/** Facebook and Instagram share one fake, as they share graph.facebook.com. */
export const FAKE_MOUNTS: Record<Platform, string> = {
  x: "x",
  facebook: "meta",
  instagram: "meta",
  linkedin: "linkedin",
  mastodon: "mastodon",
  bluesky: "bluesky",
};

/** Where the demo serves a fake of this platform's API, or null outside the demo. */
export function fakeBaseUrl(config: Config, platform: Platform): string | null {
  return config.fakes ? `${config.publicUrl}/fakes/${FAKE_MOUNTS[platform]}` : null;
}

export function isFakeBaseUrl(config: Config, baseUrl: string | null | undefined): boolean {
  if (!baseUrl) return false;
  if (baseUrl.startsWith(`${config.publicUrl}/fakes/`)) return true;
  const host = new URL(baseUrl).hostname;
  return host === "127.0.0.1" || host === "localhost" || host === "[::1]";
}
