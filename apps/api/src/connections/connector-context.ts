import type { Platform } from "@gatehouse/policy";
import { PLATFORM_LABELS } from "@gatehouse/policy";
import type { ConnectorContext } from "../connectors/context.ts";
import { ConnectorError } from "../connectors/types.ts";
import type { Deps } from "../deps.ts";
import { signedMediaUrl } from "./public-media.ts";

const OAUTH_REGISTRATION: Partial<Record<Platform, "x" | "linkedin" | "meta">> = { x: "x", linkedin: "linkedin", facebook: "meta", instagram: "meta" };
const REGISTRATION_ENV: Record<"x" | "linkedin" | "meta", string> = { x: "GATEHOUSE_X_CLIENT_ID", linkedin: "GATEHOUSE_LINKEDIN_CLIENT_ID", meta: "GATEHOUSE_META_APP_ID" };

/** The outside world as the platform clients see it, from the app's own dependencies. */
export function connectorContext(deps: Deps): ConnectorContext {
  return {
    clock: deps.clock,
    fetch: globalThis.fetch,
    oauthClient(platform) {
      const registration = OAUTH_REGISTRATION[platform];
      const client = registration ? deps.config.oauthClients[registration] : undefined;
      if (!registration || !client) {
        throw new ConnectorError("auth", `Gatehouse has no app registration with ${PLATFORM_LABELS[platform]}: set ${registration ? REGISTRATION_ENV[registration] : "its client id"} and restart.`);
      }
      return client;
    },
    async publicMediaUrl(media) {
      const key = await deps.storage.put(media.bytes);
      return signedMediaUrl(deps, key);
    },
    requestTimeoutMs: deps.config.worker.publishTimeoutMs,
  };
}
