import { retryAfterMs, type PlatformResponse } from "../http/platform-fetch.ts";
import { ConnectorError } from "../types.ts";
import { LINKEDIN_VERSION } from "./endpoints.ts";

/*
 * LinkedIn documents no rate-limit headers: its quotas are daily and reset at midnight UTC.
 * A Retry-After is honoured if one ever appears; otherwise we wait a minute, which is short
 * enough that a brief throttle costs little and long enough not to hammer a spent quota.
 */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

interface InputError {
  code?: string;
  description?: string;
  input?: { inputPath?: { fieldPath?: string } };
}

interface RestliError {
  status?: number;
  code?: string;
  message?: string;
  errorDetails?: { inputErrors?: InputError[] };
}

function restliError(body: unknown): RestliError {
  const empty: RestliError = {};
  return body && typeof body === "object" ? body : empty;
}

function inputErrors(body: unknown): InputError[] {
  return restliError(body).errorDetails?.inputErrors ?? [];
}

export function isDuplicatePost(response: PlatformResponse): boolean {
  return response.status === 422 && inputErrors(response.body).some((error) => error.code === "DUPLICATE_POST");
}

/** LinkedIn's own words for a refusal: its message, then each field's code, so a person can act on it. */
export function linkedinDetail(response: PlatformResponse): string {
  const error = restliError(response.body);
  const fields = inputErrors(response.body).map((input) => {
    const field = input.input?.inputPath?.fieldPath;
    return [field, input.description, input.code && `(${input.code})`].filter(Boolean).join(" ");
  });
  const parts = [error.message, ...fields, error.code && !fields.length ? `(${error.code})` : undefined].filter(Boolean);
  if (parts.length) return parts.join("; ");
  return typeof response.body === "string" && response.body.trim() ? response.body.trim().slice(0, 300) : `HTTP ${response.status}`;
}

/**
 * Our kind for a LinkedIn answer that was not a success. `doing` says what was refused, for
 * the message: "the post", "a picture", "the deletion". 401s reach here only after a refresh
 * was tried, so they mean the account must be reconnected.
 */
export function linkedinFailure(response: PlatformResponse, doing: string, now: Date): ConnectorError {
  const { status } = response;
  if (isDuplicatePost(response)) {
    return new ConnectorError("duplicate", `LinkedIn says it already has this post: ${linkedinDetail(response)}`);
  }
  if (status === 401) {
    return new ConnectorError("auth", "LinkedIn no longer accepts this account's sign-in: reconnect it on the account's page.");
  }
  if (status === 429) {
    return new ConnectorError(
      "rate_limited",
      "LinkedIn says Gatehouse has made too many requests for now; the post will be tried again later.",
      retryAfterMs(response.headers, now) ?? DEFAULT_RATE_LIMIT_WAIT_MS,
    );
  }
  if (status === 426) {
    return new ConnectorError("permanent", `LinkedIn no longer accepts API version ${LINKEDIN_VERSION}: Gatehouse needs updating before it can post there.`);
  }
  if (status >= 500) {
    return new ConnectorError("transient", `LinkedIn had a problem (HTTP ${status}) with ${doing}; Gatehouse will check and try again.`);
  }
  return new ConnectorError("permanent", `LinkedIn refused ${doing}: ${linkedinDetail(response)}`);
}
