import path from "node:path";
import { z } from "zod";

/** The only module that reads the environment: everything else receives a Config. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === "" || /^postgres(ql)?:\/\//.test(v), {
      message: "DATABASE_URL must be a postgres:// URL; leave it unset for the embedded SQLite database",
    }),
  GATEHOUSE_DATA_DIR: z.string().default("./data"),
  GATEHOUSE_MODE: z.enum(["demo", "production"]).default("demo"),
  GATEHOUSE_WEB_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  PUBLIC_URL: z.url().optional(),
  GATEHOUSE_WORKER: z.enum(["inline", "off"]).default("inline"),
  WORKER_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  WORKER_LEASE_MS: z.coerce.number().int().min(500).max(3_600_000).default(60_000),
  PUBLISH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
  RECONCILE_GRACE_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  GATEHOUSE_SANDBOX_LATENCY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  GATEHOUSE_SANDBOX_CRASH_RATE: z.coerce.number().min(0).max(1).default(0),
  GATEHOUSE_TOKEN_KEYS: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === "" || /^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]{43,44}(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]{43,44})*$/.test(v), {
      message: "GATEHOUSE_TOKEN_KEYS must be id:base64-32-byte-key pairs separated by commas, the current key first",
    }),
  GATEHOUSE_X_CLIENT_ID: z.string().optional(),
  GATEHOUSE_X_CLIENT_SECRET: z.string().optional(),
  GATEHOUSE_LINKEDIN_CLIENT_ID: z.string().optional(),
  GATEHOUSE_LINKEDIN_CLIENT_SECRET: z.string().optional(),
  GATEHOUSE_META_APP_ID: z.string().optional(),
  GATEHOUSE_META_APP_SECRET: z.string().optional(),
});

export type Database = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

export interface Config {
  port: number;
  host: string;
  mode: "demo" | "production";
  dataDir: string;
  /** content-addressed media: masters, renditions and consent evidence */
  mediaDir: string;
  database: Database;
  webDir: string;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  sessionTtlMs: number;
  /** where people reach this server: links in sandbox posts and notifications */
  publicUrl: string;
  /**
   * leaseMs: how long a claimed post is held; longer than publishTimeoutMs, so no other
   * worker takes a post while a call is in flight. reconcileGraceMs: after an attempt whose
   * outcome is unknown, how long to wait past its timeout before asking the platform, so
   * a request still on its way cannot land after we looked.
   */
  worker: { inline: boolean; pollMs: number; leaseMs: number; publishTimeoutMs: number; reconcileGraceMs: number };
  sandboxLatencyMs: number;
  /** fault injection for the crash test: the chance that a worker dies (SIGKILL) right after the sandbox accepted a post */
  sandboxCrashRate: number;
  /**
   * The keys that encrypt platform credentials at rest, current first (older ones only
   * decrypt, until `gatehouse tokens rotate` has re-encrypted everything). Absent in the
   * demo: a key is then made once in the data folder.
   */
  tokenKeys: string | undefined;
  /** Gatehouse's own app registrations with the platforms that use OAuth */
  oauthClients: Record<"x" | "linkedin" | "meta", { clientId: string; clientSecret: string | undefined } | undefined>;
  /** the demo serves a fake of each platform's API at /fakes/<platform>, for connecting accounts without the internet */
  fakes: boolean;
}

export class ConfigError extends Error {}

/** The demo talks to local fakes, which accept Gatehouse's demo registration. */
function oauthClient(id: string | undefined, secret: string | undefined, mode: "demo" | "production") {
  if (id) return { clientId: id, clientSecret: secret || undefined };
  return mode === "demo" ? { clientId: "gatehouse-demo", clientSecret: "gatehouse-demo-secret" } : undefined;
}

/** The environment with the port given on the command line in place of PORT, so default links name it too. */
export function environmentWithPort(port: number): Record<string, string | undefined> {
  return { ...process.env, PORT: String(port) };
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`The environment is not valid:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.WORKER_LEASE_MS <= e.PUBLISH_TIMEOUT_MS) {
    throw new ConfigError("The environment is not valid:\n  WORKER_LEASE_MS must be longer than PUBLISH_TIMEOUT_MS, or two workers could send the same post.");
  }
  const dataDir = path.resolve(e.GATEHOUSE_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    mode: e.GATEHOUSE_MODE,
    dataDir,
    mediaDir: path.join(dataDir, "media"),
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "sqlite", file: path.join(dataDir, "gatehouse.sqlite") },
    webDir: path.resolve(e.GATEHOUSE_WEB_DIR ?? new URL("../../web/dist", import.meta.url).pathname),
    logLevel: e.LOG_LEVEL,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    worker: {
      inline: e.GATEHOUSE_WORKER === "inline",
      pollMs: e.WORKER_POLL_MS,
      leaseMs: e.WORKER_LEASE_MS,
      publishTimeoutMs: e.PUBLISH_TIMEOUT_MS,
      reconcileGraceMs: e.RECONCILE_GRACE_MS,
    },
    sandboxLatencyMs: e.GATEHOUSE_SANDBOX_LATENCY_MS,
    sandboxCrashRate: e.GATEHOUSE_SANDBOX_CRASH_RATE,
    tokenKeys: e.GATEHOUSE_TOKEN_KEYS || undefined,
    oauthClients: {
      x: oauthClient(e.GATEHOUSE_X_CLIENT_ID, e.GATEHOUSE_X_CLIENT_SECRET, e.GATEHOUSE_MODE),
      linkedin: oauthClient(e.GATEHOUSE_LINKEDIN_CLIENT_ID, e.GATEHOUSE_LINKEDIN_CLIENT_SECRET, e.GATEHOUSE_MODE),
      meta: oauthClient(e.GATEHOUSE_META_APP_ID, e.GATEHOUSE_META_APP_SECRET, e.GATEHOUSE_MODE),
    },
    fakes: e.GATEHOUSE_MODE === "demo",
  };
}
