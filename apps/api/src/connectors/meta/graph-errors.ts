import type { PlatformResponse } from "../http/platform-fetch.ts";
import { ConnectorError, type ConnectorErrorKind } from "../types.ts";

/** The Graph API's error envelope: {"error": {...}}. */
export interface GraphError {
  message: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  is_transient?: boolean;
  error_user_title?: string;
  error_user_msg?: string;
  fbtrace_id?: string;
}

export type MetaPlatformName = "Facebook" | "Instagram";

export function graphError(body: unknown): GraphError | null {
  if (!body || typeof body !== "object" || !("error" in body)) return null;
  const error = body.error;
  if (!error || typeof error !== "object") return null;
  const message = (error as { message?: unknown }).message;
  return { ...(error as GraphError), message: typeof message === "string" ? message : "no reason given" };
}

/**
 * App (4), user (17), page (32), custom (613), business use case (80000-80009, 80014) limits,
 * and Instagram's publishing quota (9): Meta's throttling codes. Mixpost treats the same set.
 */
export function isThrottle(code: number | undefined): boolean {
  if (code === undefined) return false;
  return [4, 9, 17, 32, 613, 80014].includes(code) || (code >= 80000 && code <= 80009);
}

/** Meta sends no Retry-After; when a header tells us nothing, wait a minute before trying again. */
const FALLBACK_WAIT_MS = 60_000;

/**
 * How long until Meta lets us call again: X-Business-Use-Case-Usage holds, per page or
 * Instagram account, `estimated_time_to_regain_access` in minutes. X-App-Usage carries only
 * percentages, so an app-level throttle falls back to a minute.
 */
export function throttleWaitMs(headers: Headers): number {
  const usage = headers.get("x-business-use-case-usage");
  let minutes = 0;
  if (usage) {
    try {
      const parsed = JSON.parse(usage) as Record<string, { estimated_time_to_regain_access?: unknown }[]>;
      for (const entries of Object.values(parsed)) {
        for (const entry of Array.isArray(entries) ? entries : []) {
          const value = Number(entry.estimated_time_to_regain_access);
          if (Number.isFinite(value)) minutes = Math.max(minutes, value);
        }
      }
    } catch {
      // An unreadable header is the same as none: fall back to the default wait.
    }
  }
  return minutes > 0 ? minutes * 60_000 : FALLBACK_WAIT_MS;
}

/** A refusal in our words that keeps Meta's own error, for callers that must tell one code from another. */
export class GraphFailure extends ConnectorError {
  constructor(
    kind: ConnectorErrorKind,
    message: string,
    readonly graph: GraphError | null,
    retryAfterMs?: number,
  ) {
    super(kind, message, retryAfterMs);
  }
}

export function authLost(platform: MetaPlatformName, graph: GraphError | null = null): GraphFailure {
  return new GraphFailure("auth", `${platform} no longer accepts this account's sign-in: reconnect it on the account's page.`, graph);
}

/** The most readable reason Meta gave: its message for people when it sent one. */
function reason(error: GraphError): string {
  return (error.error_user_msg ?? error.message).trim();
}

/**
 * A failed Graph call in our words. `refused` names what was refused ("the post",
 * "the request"), so the message reads "Facebook refused the post: <Meta's reason>".
 */
export function toConnectorError(platform: MetaPlatformName, response: PlatformResponse, refused: string): GraphFailure {
  const error = graphError(response.body);
  if (!error) {
    if (response.status >= 500) return new GraphFailure("transient", `${platform} is having trouble (HTTP ${response.status}); try again shortly.`, null);
    if (response.status === 401) return authLost(platform);
    return new GraphFailure("permanent", `${platform} refused ${refused} (HTTP ${response.status}).`, null);
  }
  const code = error.code;
  if (code === 190) return authLost(platform, error);
  if (isThrottle(code)) return new GraphFailure("rate_limited", `${platform} asks us to slow down: ${reason(error)}`, error, throttleWaitMs(response.headers));
  if (code === 506) return new GraphFailure("duplicate", `${platform} says it already has this post: ${reason(error)}`, error);
  // Codes 1 and 2 (and Instagram's -1 and -2) are Meta's "try again" errors.
  if (error.is_transient === true || code === 1 || code === 2 || code === -1 || code === -2 || response.status >= 500) {
    return new GraphFailure("transient", `${platform} had a temporary problem: ${reason(error)}`, error);
  }
  return new GraphFailure("permanent", `${platform} refused ${refused}: ${reason(error)}`, error);
}
