import type { Deps } from "../deps.ts";
import { SandboxConnector } from "./sandbox.ts";
import type { Connector } from "./types.ts";

/** The connector for an account, by the account's connector name. */
export function connectorFor(deps: Deps, connector: string): Connector {
  switch (connector) {
    case "sandbox":
      return new SandboxConnector(deps.db, deps.clock, deps.storage, {
        publicUrl: deps.config.publicUrl,
        latencyMs: deps.config.sandboxLatencyMs,
        crashRate: deps.config.sandboxCrashRate,
      });
    default:
      throw new Error(`No connector called ${connector}`);
  }
}
