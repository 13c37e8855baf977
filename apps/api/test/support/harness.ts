import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { createApp } from "../../src/app.ts";
import { ManualClock } from "../../src/clock.ts";
import type { Config } from "../../src/config.ts";
import { seedDemo } from "../../src/demo/seed.ts";
import type { Deps } from "../../src/deps.ts";
import { createLogger } from "../../src/logger.ts";
import { createAnalyser } from "../../src/media/analysis/analyser.ts";
import { LocalBlobStore } from "../../src/storage/local-blob-store.ts";
import { createUser, DEMO_PASSWORD } from "../../src/users/service.ts";
import type { Role } from "@gatehouse/policy";
import { clientFor, type Client } from "./client.ts";
import { createTestDatabase, type TestDatabase } from "./test-db.ts";

/** Everything the app logged, so tests can assert what is (and is never) written. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    done();
  }
  text(): string {
    return this.lines.join("\n");
  }
}

export interface Harness {
  deps: Deps;
  clock: ManualClock;
  logs: LogCapture;
  database: TestDatabase;
  app: ReturnType<typeof createApp>;
  /** a client with no session */
  anonymous(): Client;
  /** a client signed in as a demo user */
  as(email: string): Promise<Client>;
  /** a new user with these roles, signed in */
  newUser(email: string, roles: Role[], departmentName?: string): Promise<Client>;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: "127.0.0.1",
    mode: "demo",
    dataDir: "/nonexistent",
    mediaDir: "/nonexistent/media",
    database: { kind: "sqlite", file: ":memory:" },
    webDir: "/nonexistent",
    logLevel: "debug",
    sessionTtlMs: 12 * 3600_000,
    publicUrl: "http://gatehouse.test",
    worker: { inline: false, pollMs: 50, leaseMs: 5000, publishTimeoutMs: 2000, reconcileGraceMs: 1000 },
    sandboxLatencyMs: 0,
    sandboxCrashRate: 0,
    // A fixed test key: tests read what they stored, and never write a key file.
    tokenKeys: `test:${Buffer.alloc(32, 7).toString("base64")}`,
    oauthClients: {
      x: { clientId: "gatehouse-demo", clientSecret: "gatehouse-demo-secret" },
      linkedin: { clientId: "gatehouse-demo", clientSecret: "gatehouse-demo-secret" },
      meta: { clientId: "gatehouse-demo", clientSecret: "gatehouse-demo-secret" },
    },
    fakes: true,
    ...overrides,
  };
}

/** Media storage in a fresh temp folder and an analyser that starts its threads on first use. */
export function mediaDeps(): Pick<Deps, "storage" | "analyser"> {
  return { storage: new LocalBlobStore(fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-media-"))), analyser: createAnalyser() };
}

export async function createHarness(options: { seed?: boolean; config?: Partial<Config> } = {}): Promise<Harness> {
  const database = await createTestDatabase();
  const clock = new ManualClock();
  const logs = new LogCapture();
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-media-"));
  const config = testConfig({ database: database.config, mediaDir, ...options.config });
  const analyser = createAnalyser();
  const deps: Deps = { db: database.db, clock, log: createLogger("debug", logs), config, storage: new LocalBlobStore(config.mediaDir), analyser };
  if (options.seed ?? true) await seedDemo({ ...deps, config: { ...config, mode: "demo" } });
  const app = createApp(deps);
  return {
    deps,
    clock,
    logs,
    database,
    app,
    anonymous: () => clientFor(app),
    as: async (email) => {
      const client = clientFor(app);
      await client.auth.login.mutate({ email, password: DEMO_PASSWORD });
      return client;
    },
    newUser: async (email, roles, departmentName) => {
      await createUser(deps, null, { email, name: email.split("@")[0]!, roles, departmentName, password: "a-long-test-password" });
      const client = clientFor(app);
      await client.auth.login.mutate({ email, password: "a-long-test-password" });
      return client;
    },
    close: async () => {
      await analyser.close();
      await database.drop();
      fs.rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}

/** The tRPC error code of a failed call, or "OK" when it did not fail. */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    return String((error as { data?: { code?: string } }).data?.code ?? (error as Error).message);
  }
}

export async function errorOf(call: Promise<unknown>): Promise<{ code: string; message: string; fields?: Record<string, string>; findings?: { rule: string; category: string; message: string }[] }> {
  try {
    await call;
  } catch (error) {
    const e = error as { message: string; data?: { code?: string; fields?: Record<string, string>; findings?: { rule: string; category: string; message: string }[] } };
    return { code: e.data?.code ?? "UNKNOWN", message: e.message, ...(e.data?.fields ? { fields: e.data.fields } : {}), ...(e.data?.findings ? { findings: e.data.findings } : {}) };
  }
  throw new Error("expected the call to fail, but it succeeded");
}

export const DEMO = {
  dept: "dept@demo.gatehouse.test",
  comms: "comms@demo.gatehouse.test",
  comms2: "comms2@demo.gatehouse.test",
  brand: "brand@demo.gatehouse.test",
  ig: "ig@demo.gatehouse.test",
  admin: "admin@demo.gatehouse.test",
} as const;
