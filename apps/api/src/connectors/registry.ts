import type { Platform } from "@gatehouse/policy";
import { connectorContext } from "../connections/connector-context.ts";
import { StoredConnection } from "../connections/stored-connection.ts";
import type { Deps } from "../deps.ts";
import { PLATFORM_MODULES } from "./platforms.ts";
import { SandboxConnector } from "./sandbox.ts";
import type { Connector, ConnectorAccount } from "./types.ts";

/** What the registry needs of an account row. */
export interface AccountForConnector {
  id: string;
  platform: string;
  handle: string;
  connector: string;
  base_url?: string | null;
}

/** The connector for an account: the built-in sandbox, or the platform's real API (or its fake). */
export function connectorFor(deps: Deps, account: AccountForConnector): Connector {
  switch (account.connector) {
    case "sandbox":
      return new SandboxConnector(deps.db, deps.clock, deps.storage, {
        publicUrl: deps.config.publicUrl,
        latencyMs: deps.config.sandboxLatencyMs,
        crashRate: deps.config.sandboxCrashRate,
      });
    case "api":
      return PLATFORM_MODULES[account.platform as Platform].connector(connectorContext(deps));
    default:
      throw new Error(`No connector called ${account.connector}`);
  }
}

/** The account as its connector sees it, with its stored credentials when it speaks a real API. */
export function connectorAccount(deps: Deps, account: AccountForConnector): ConnectorAccount {
  return {
    id: account.id,
    platform: account.platform as Platform,
    handle: account.handle,
    connection: account.connector === "api" && account.base_url ? new StoredConnection(deps, account.id, account.base_url) : undefined,
  };
}
