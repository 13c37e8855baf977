import type { ConnectorContext } from "../../src/connectors/context.ts";
import type { Connection, ConnectorAccount, Credentials, PublishMedia } from "../../src/connectors/types.ts";
import type { Platform } from "@gatehouse/policy";
import { ManualClock, systemClock, type Clock } from "../../src/clock.ts";
import sharp from "sharp";

/** A connection kept in memory: what the client saved is what it reads next. */
export class MemoryConnection implements Connection {
  saved: Credentials[] = [];
  constructor(
    public baseUrl: string,
    private current: Credentials,
  ) {}
  credentials(): Promise<Credentials> {
    return Promise.resolve({ ...this.current });
  }
  saveCredentials(credentials: Credentials): Promise<void> {
    this.current = { ...credentials };
    this.saved.push({ ...credentials });
    return Promise.resolve();
  }
}

export function testAccount(platform: Platform, handle: string, connection: Connection): ConnectorAccount {
  return { id: `acct-${platform}`, platform, handle, connection };
}

/** A context whose network is the real loopback, for clients talking to a fake or a real PDS. */
export function testContext(options: { clock?: Clock; publicMediaUrl?: ConnectorContext["publicMediaUrl"]; requestTimeoutMs?: number } = {}): ConnectorContext {
  return {
    clock: options.clock ?? systemClock,
    fetch: globalThis.fetch,
    oauthClient: () => ({ clientId: "gatehouse-test", clientSecret: "test-secret" }),
    publicMediaUrl:
      options.publicMediaUrl ??
      (() => Promise.reject(new Error("this test gives the client no public media addresses"))),
    requestTimeoutMs: options.requestTimeoutMs ?? 5_000,
  };
}

export { ManualClock };

/** A real JPEG of the given size made by sharp, as a platform rendition would be. */
export async function jpegMedia(width = 1200, height = 675, altText = "A nurse checks a patient's notes at the ward desk."): Promise<PublishMedia> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 0, g: 94, b: 184 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
  return { bytes, contentType: "image/jpeg", width, height, altText };
}
