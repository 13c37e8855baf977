import type { ConnectorContext } from "../context.ts";
import { ConnectorError, type Credentials } from "../types.ts";
import { createSession } from "./session.ts";

function bare(handle: string): string {
  return handle.trim().replace(/^@/, "").toLowerCase();
}

/**
 * Signs in with the handle (or email) and an app password, and keeps the session only if
 * it is the account that was registered: an app password for another account would
 * otherwise post somewhere nobody approved.
 */
export async function login(ctx: ConnectorContext, baseUrl: string, identifier: string, password: string, handle: string): Promise<Credentials> {
  const outcome = await createSession(ctx, baseUrl, identifier.trim().replace(/^@/, ""), password);
  if (!outcome.ok) {
    throw new ConnectorError("permanent", `Bluesky did not accept that handle and app password (${outcome.refused.message.replace(/^Bluesky refused the sign-in: /, "")}). Check both, or make a new app password in Bluesky's settings, and try again.`);
  }
  const { credentials } = outcome;
  if (bare(credentials.remoteHandle ?? "") !== bare(handle)) {
    throw new ConnectorError("permanent", `That app password signs in as @${credentials.remoteHandle}, not @${bare(handle)}. Sign in with an app password made on @${bare(handle)}.`);
  }
  if (!outcome.active) {
    throw new ConnectorError("permanent", `Bluesky says @${credentials.remoteHandle} is not active (deactivated or suspended), so Gatehouse cannot post as it.`);
  }
  return credentials;
}
