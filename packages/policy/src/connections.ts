import type { Platform } from "./platforms.ts";

export type ConnectionState = "sandbox" | "connected" | "expiring" | "disconnected";

/** A connection that a person must renew within this long is shown as expiring. */
export const EXPIRING_WITHIN_MS = 7 * 24 * 3600_000;

/**
 * How an account's link to its platform stands: on the built-in sandbox; refused by the
 * platform (or past the date a person had to renew it); due for renewal within a week; or fine.
 */
export function connectionState(c: { onSandbox: boolean; connectionError: string | null; renewBy: Date | null }, now: Date): ConnectionState {
  if (c.onSandbox) return "sandbox";
  if (c.connectionError || (c.renewBy && c.renewBy <= now)) return "disconnected";
  if (c.renewBy && c.renewBy.getTime() - now.getTime() < EXPIRING_WITHIN_MS) return "expiring";
  return "connected";
}

/** Instagram's API has no delete: its takedowns are done by a person in the app. */
export function platformCanDelete(platform: Platform): boolean {
  return platform !== "instagram";
}
