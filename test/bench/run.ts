/**
 * `pnpm bench`: speed figures for what exists so far, printed with ratios. Targets live
 * here, never in timed unit tests.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createApp } from "../../apps/api/src/app.ts";
import { hashPassword, verifyPassword } from "../../apps/api/src/auth/password.ts";
import { systemClock } from "../../apps/api/src/clock.ts";
import { createDb } from "../../apps/api/src/db/database.ts";
import { migrateToLatest } from "../../apps/api/src/db/migrate.ts";
import { seedDemo } from "../../apps/api/src/demo/seed.ts";
import type { Deps } from "../../apps/api/src/deps.ts";
import { createLogger } from "../../apps/api/src/logger.ts";
import { testConfig } from "../../apps/api/test/support/harness.ts";

interface Stats {
  perSecond: number;
  p50: number;
  p99: number;
}

async function measure(n: number, fn: () => unknown): Promise<Stats> {
  for (let i = 0; i < Math.min(50, n); i++) await fn(); // warm up
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  return { perSecond: (n / total) * 1000, p50: times[Math.floor(n * 0.5)]!, p99: times[Math.floor(n * 0.99)]! };
}

function line(label: string, s: Stats): void {
  console.log(`${label.padEnd(44)} ${s.perSecond.toFixed(0).padStart(7)}/s   p50 ${s.p50.toFixed(2)} ms   p99 ${s.p99.toFixed(2)} ms`);
}

async function benchDatabase(kind: "sqlite" | "postgres", url?: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-bench-"));
  const database = kind === "sqlite" ? { kind, file: path.join(dir, "bench.sqlite") } : { kind, url: url! };
  const db = createDb(database);
  try {
    await migrateToLatest(db);
    const deps: Deps = { db, clock: systemClock, log: createLogger("silent"), config: testConfig({ database }) };
    await seedDemo(deps);
    const app = createApp(deps);
    const login = await app.request("/trpc/auth.login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "comms@demo.gatehouse.test", password: "gatehouse-demo" }),
    });
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const health = await measure(2000, () => app.request("/healthz"));
    const me = await measure(2000, () => app.request("/trpc/auth.me", { headers: { cookie } }));
    const list = await measure(2000, () => app.request("/trpc/accounts.list", { headers: { cookie } }));
    console.log(`\n${kind}`);
    line("GET /healthz (no session)", health);
    line("auth.me (session lookup)", me);
    line("accounts.list (session + 3 queries)", list);
    console.log(`ratio accounts.list / healthz time: ${(health.perSecond / list.perSecond).toFixed(2)}x`);
  } finally {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log("Gatehouse benchmarks");
  const stored = await hashPassword("a-benchmark-password");
  const verify = await measure(20, () => verifyPassword("a-benchmark-password", stored));
  line("password verify (scrypt N=2^15, r=8)", verify);
  console.log(`sign-ins per core per second at most: ${verify.perSecond.toFixed(1)}`);

  await benchDatabase("sqlite");
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const pg = (await import("pg")).default;
  const admin = new pg.Client({ connectionString: pgUrl });
  const reachable = await admin.connect().then(
    () => true,
    (error: Error) => (console.log(`\npostgres at ${pgUrl} not reachable (${error.message}): set BENCH_DATABASE_URL`), false),
  );
  if (reachable) {
    const name = `gh_bench_${process.pid}`;
    await admin.query(`create database ${name}`);
    try {
      const u = new URL(pgUrl);
      u.pathname = `/${name}`;
      await benchDatabase("postgres", u.toString());
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
}

await main();
