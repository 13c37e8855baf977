import { msUntilReset, retryAfterMs, type PlatformResponse } from "../http/platform-fetch.ts";
import { ConnectorError } from "../types.ts";

export const RECONNECT_MESSAGE = "Bluesky no longer accepts this account's sign-in: reconnect it on the account's page.";

/** The XRPC error body: `{"error": "InvalidRequest", "message": "..."}`. */
export function xrpcError(response: PlatformResponse): { error: string; message: string } {
  const body = response.body;
  if (body && typeof body === "object") {
    const error = "error" in body && typeof body.error === "string" ? body.error : "";
    const message = "message" in body && typeof body.message === "string" ? body.message : "";
    return { error, message };
  }
  return { error: "", message: typeof body === "string" ? body.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().slice(0, 200) : "" };
}

/**
 * The access JWT is no good (expired, revoked, unreadable): a refresh may help. The PDS says
 * so with 400 ExpiredToken or InvalidToken as well as with 401.
 */
export function isSessionRefused(response: PlatformResponse): boolean {
  if (response.status === 401) return true;
  const { error } = xrpcError(response);
  return response.status === 400 && (error === "ExpiredToken" || error === "InvalidToken");
}

/** The record we asked for is not in the repository. */
export function isRecordMissing(response: PlatformResponse): boolean {
  const { error, message } = xrpcError(response);
  return error === "RecordNotFound" || (response.status === 400 && /could not locate record/i.test(message));
}

/**
 * An XRPC error in our kinds. `what` names what was refused, for the message ("the post",
 * "a picture"). A refused session has already been refreshed by the time this is called.
 */
export function blueskyError(response: PlatformResponse, now: Date, what: string): ConnectorError {
  const { error, message } = xrpcError(response);
  const detail = message || error;
  const said = detail ? `: ${detail}` : "";
  const { status } = response;
  if (status === 429 || error === "RateLimitExceeded") {
    // RateLimit-Reset is Unix seconds; the PDS sends no Retry-After, but a proxy might.
    const wait = msUntilReset(response.headers.get("ratelimit-reset"), now) ?? retryAfterMs(response.headers, now);
    return new ConnectorError("rate_limited", "Bluesky's rate limit for this account is used up for now: Gatehouse will try again when it resets.", wait);
  }
  if (isSessionRefused(response)) return new ConnectorError("auth", RECONNECT_MESSAGE);
  if (status === 413 || error === "PayloadTooLarge") return new ConnectorError("permanent", `Bluesky refused ${what} as too large${said}`);
  if (status >= 500) return new ConnectorError("transient", `Bluesky had a problem (${status})${said}. Gatehouse will try again.`);
  return new ConnectorError("permanent", `Bluesky refused ${what}${said}`);
}
