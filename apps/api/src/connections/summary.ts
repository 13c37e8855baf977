import { connectionState, platformCanDelete, type Platform } from "@gatehouse/policy";
import type { Config } from "../config.ts";
import { PLATFORM_MODULES } from "../connectors/platforms.ts";
import { isFakeBaseUrl } from "./fakes.ts";

interface Row {
  platform: string;
  connector: string;
  base_url?: string | null;
  remote_handle?: string | null;
  token_expires_at?: string | null;
  renew_by?: string | null;
  connected_at?: string | null;
  connection_error?: string | null;
}

/** The connection's health for the accounts pages: dates and states, never a token. */
export function connectionSummary(config: Config, row: Row, now: Date) {
  const platform = row.platform as Platform;
  const sandbox = row.connector !== "api";
  const renewBy = row.renew_by ? new Date(row.renew_by) : null;
  const state = connectionState({ onSandbox: sandbox, connectionError: row.connection_error ?? null, renewBy }, now);
  return {
    method: sandbox ? ("sandbox" as const) : PLATFORM_MODULES[platform].connect.kind,
    state,
    baseUrl: sandbox ? null : (row.base_url ?? null),
    usesFake: !sandbox && isFakeBaseUrl(config, row.base_url),
    remoteHandle: sandbox ? null : (row.remote_handle ?? null),
    expiresAt: sandbox ? null : (row.token_expires_at ?? null),
    renewBy: sandbox ? null : (row.renew_by ?? null),
    connectedAt: sandbox ? null : (row.connected_at ?? null),
    lastError: sandbox ? null : (row.connection_error ?? (renewBy && renewBy <= now ? "The connection has expired: connect the account again." : null)),
    /** Instagram's API has no delete: its takedowns are done by hand */
    canDelete: sandbox || platformCanDelete(platform),
  };
}
