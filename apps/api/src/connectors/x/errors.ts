import { msUntilReset, type PlatformResponse } from "../http/platform-fetch.ts";
import { ConnectorError } from "../types.ts";

export const RECONNECT_MESSAGE = "X no longer accepts this account's sign-in: reconnect it on the account's page.";
/** X sends no Retry-After; when even its reset headers are missing, wait out a whole window. */
const FALLBACK_WAIT_MS = 15 * 60 * 1000;

/** The words X gave for a refusal: its per-parameter messages when it has them, else the problem's detail. */
export function xDetail(body: unknown, status: number): string {
  if (typeof body === "string" && body.trim()) return body.trim().slice(0, 300);
  if (typeof body !== "object" || body === null) return `HTTP ${status}`;
  const problem = body as { detail?: unknown; title?: unknown; errors?: unknown; error_description?: unknown };
  const messages = Array.isArray(problem.errors)
    ? problem.errors.map((e: { message?: unknown; detail?: unknown }) => (typeof e?.message === "string" ? e.message : typeof e?.detail === "string" ? e.detail : null)).filter((m): m is string => !!m)
    : [];
  if (messages.length) return messages.join("; ");
  for (const value of [problem.detail, problem.error_description, problem.title]) if (typeof value === "string" && value) return value;
  return `HTTP ${status}`;
}

/**
 * When X will take calls again. A 429 can come from the 15-minute window or from the
 * 24-hour user or app cap; whichever is exhausted names the reset that matters.
 */
export function rateLimitWait(headers: Headers, now: Date): number {
  for (const window of ["x-user-limit-24hour", "x-app-limit-24hour"]) {
    if (headers.get(`${window}-remaining`) === "0") {
      const wait = msUntilReset(headers.get(`${window}-reset`), now);
      if (wait !== undefined) return wait;
    }
  }
  return msUntilReset(headers.get("x-rate-limit-reset"), now) ?? FALLBACK_WAIT_MS;
}

/**
 * An X error answer in our terms. `action` completes "X refused …": "the post",
 * "a picture", "to delete the post", "to list the account's posts".
 */
export function xError(response: PlatformResponse, action: string, now: Date): ConnectorError {
  const { status, headers, body } = response;
  const detail = xDetail(body, status);
  if (status === 429) {
    return new ConnectorError("rate_limited", "X is limiting how often this account can call it; Gatehouse will try again when the limit resets.", rateLimitWait(headers, now));
  }
  if (status === 403 && /duplicate/i.test(detail)) return new ConnectorError("duplicate", "X already has a post with exactly this text from this account.");
  if (status === 401) return new ConnectorError("auth", RECONNECT_MESSAGE);
  if (status >= 500) return new ConnectorError("transient", `X could not deal with the request just now (${status}): ${detail}`);
  return new ConnectorError("permanent", `X refused ${action}: ${detail}`);
}
