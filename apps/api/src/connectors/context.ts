import type { Clock } from "../clock.ts";
import type { Platform } from "@gatehouse/policy";
import type { PublishMedia } from "./types.ts";

/** Our app's registration with a platform (the OAuth client), from the environment. */
export interface OAuthClient {
  clientId: string;
  clientSecret?: string | undefined;
}

/**
 * What every real platform client receives: the way out to the network and the app's own
 * keys. Tests pass a fetch that reaches a fake; production passes the global fetch.
 */
export interface ConnectorContext {
  clock: Clock;
  fetch: typeof fetch;
  /** the OAuth client registered with this platform (X, LinkedIn, Meta); absent for Mastodon and Bluesky */
  oauthClient(platform: Platform): OAuthClient;
  /**
   * A short-lived public address for one picture, for platforms that fetch images
   * themselves instead of receiving bytes (Instagram's image_url).
   */
  publicMediaUrl(media: PublishMedia): Promise<string>;
  /** how long a single platform call may take before it counts as a timeout */
  requestTimeoutMs: number;
}
