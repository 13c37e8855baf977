import type { ConnectorContext } from "../context.ts";
import { platformFetch, type PlatformResponse } from "../http/platform-fetch.ts";
import { ConnectorError, type Credentials } from "../types.ts";
import { blueskyError, xrpcError } from "./errors.ts";

const ACCESS_LIFETIME_MS = 2 * 60 * 60 * 1000;
const REFRESH_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;

/** What createSession and refreshSession answer. */
interface SessionBody {
  accessJwt: string;
  refreshJwt: string;
  did: string;
  handle: string;
  active?: boolean;
}

export function xrpcUrl(baseUrl: string, nsid: string, query?: Record<string, string>): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, "")}/xrpc/${nsid}`);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  return url.toString();
}

/** The `exp` of a JWT, read without verifying it: only to know when to refresh. */
export function jwtExpiry(token: string): Date | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown };
    return typeof claims.exp === "number" ? new Date(claims.exp * 1000) : undefined;
  } catch {
    return undefined;
  }
}

function sessionBody(response: PlatformResponse): SessionBody {
  const body = response.body as Partial<SessionBody> | null;
  if (!body || typeof body.accessJwt !== "string" || typeof body.refreshJwt !== "string" || typeof body.did !== "string" || typeof body.handle !== "string") {
    throw new ConnectorError("transient", "Bluesky answered the sign-in without a session. Gatehouse will try again.");
  }
  return body as SessionBody;
}

/** A session as the credentials Gatehouse keeps; the app password rides along, encrypted at rest with the rest. */
export function sessionCredentials(session: SessionBody, now: Date, appPassword: string | undefined): Credentials {
  return {
    accessToken: session.accessJwt,
    refreshToken: session.refreshJwt,
    expiresAt: (jwtExpiry(session.accessJwt) ?? new Date(now.getTime() + ACCESS_LIFETIME_MS)).toISOString(),
    refreshExpiresAt: (jwtExpiry(session.refreshJwt) ?? new Date(now.getTime() + REFRESH_LIFETIME_MS)).toISOString(),
    remoteAccountId: session.did,
    remoteHandle: session.handle,
    appPassword,
  };
}

export type SessionOutcome = { ok: true; credentials: Credentials; active: boolean } | { ok: false; refused: ConnectorError };

/**
 * com.atproto.server.createSession. A refusal of the password comes back as `ok: false`
 * so the caller decides what it means; an outage or a rate limit is thrown as it is.
 */
export async function createSession(ctx: ConnectorContext, baseUrl: string, identifier: string, password: string, signal?: AbortSignal): Promise<SessionOutcome> {
  const response = await platformFetch(ctx.fetch, xrpcUrl(baseUrl, "com.atproto.server.createSession"), {
    method: "POST",
    body: { identifier, password },
    signal,
    timeoutMs: ctx.requestTimeoutMs,
  });
  return outcome(ctx, response, password, "the sign-in");
}

/** com.atproto.server.refreshSession: the refresh JWT for a new pair (the old refresh JWT stops working). */
export async function refreshSession(ctx: ConnectorContext, baseUrl: string, current: Credentials, signal?: AbortSignal): Promise<SessionOutcome> {
  if (!current.refreshToken) return { ok: false, refused: new ConnectorError("auth", "No refresh token is kept for this account.") };
  const response = await platformFetch(ctx.fetch, xrpcUrl(baseUrl, "com.atproto.server.refreshSession"), {
    method: "POST",
    headers: { authorization: `Bearer ${current.refreshToken}` },
    signal,
    timeoutMs: ctx.requestTimeoutMs,
  });
  return outcome(ctx, response, current.appPassword, "the session refresh");
}

function outcome(ctx: ConnectorContext, response: PlatformResponse, appPassword: string | undefined, what: string): SessionOutcome {
  const now = ctx.clock.now();
  if (response.status === 200) {
    const session = sessionBody(response);
    return { ok: true, credentials: sessionCredentials(session, now, appPassword), active: session.active !== false };
  }
  const refused = blueskyError(response, now, what);
  // Only a refusal of the credentials is the caller's to judge; outages and rate limits stand.
  if (refused.kind === "transient" || refused.kind === "rate_limited") throw refused;
  const { error, message } = xrpcError(response);
  return { ok: false, refused: new ConnectorError("auth", `Bluesky refused ${what}: ${message || error || response.status}`) };
}
