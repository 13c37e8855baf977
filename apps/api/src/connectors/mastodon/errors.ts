import { msUntilReset, retryAfterMs, type PlatformResponse } from "../http/platform-fetch.ts";
import { ConnectorError } from "../types.ts";

/** The scopes Gatehouse needs on a Mastodon access token, in the words the instance's form uses. */
export const NEEDED_SCOPES = "read:accounts, read:statuses, write:statuses and write:media";

/** Mastodon's own words from an error answer: `{"error": "..."}`, or the start of an HTML page from the proxy. */
export function errorDetail(response: PlatformResponse): string {
  const body = response.body;
  if (body && typeof body === "object" && "error" in body && typeof body.error === "string") {
    const description = "error_description" in body && typeof body.error_description === "string" ? ` (${body.error_description})` : "";
    return body.error + description;
  }
  if (typeof body === "string") return body.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().slice(0, 200);
  return "";
}

/**
 * An HTTP error from Mastodon in our kinds. `what` names the thing refused, for the message:
 * "the post", "a picture". Tokens never expire, so a 401 means it was revoked: no refresh helps.
 */
export function mastodonError(response: PlatformResponse, now: Date, what: string): ConnectorError {
  const detail = errorDetail(response);
  const said = detail ? `: ${detail}` : "";
  const { status } = response;
  if (status === 401) {
    return new ConnectorError("auth", "Mastodon no longer accepts this account's access token: make a new one on the instance and reconnect the account on its page.");
  }
  if (status === 403) {
    return new ConnectorError("auth", `Mastodon refused this account's access token for ${what}${said}. Make a new token with the scopes ${NEEDED_SCOPES}, and reconnect the account on its page.`);
  }
  if (status === 429) {
    // Mastodon sends no Retry-After; X-RateLimit-Reset is an ISO-8601 instant.
    const wait = msUntilReset(response.headers.get("x-ratelimit-reset"), now) ?? retryAfterMs(response.headers, now);
    return new ConnectorError("rate_limited", "Mastodon's rate limit for this account is used up for now: Gatehouse will try again when it resets.", wait);
  }
  if (status >= 500) return new ConnectorError("transient", `Mastodon had a problem (${status})${said}. Gatehouse will try again.`);
  if (status === 404) return new ConnectorError("permanent", `Mastodon could not find ${what}${said}.`);
  return new ConnectorError("permanent", `Mastodon refused ${what}${said}`);
}
