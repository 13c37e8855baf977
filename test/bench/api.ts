import { createApp } from "../../apps/api/src/app.ts";
import { hashPassword, verifyPassword } from "../../apps/api/src/auth/password.ts";
import { systemClock } from "../../apps/api/src/clock.ts";
import { createDb } from "../../apps/api/src/db/database.ts";
import { migrateToLatest } from "../../apps/api/src/db/migrate.ts";
import { seedDemo } from "../../apps/api/src/demo/seed.ts";
import type { Deps } from "../../apps/api/src/deps.ts";
import { createLogger } from "../../apps/api/src/logger.ts";
import { mediaDeps, testConfig } from "../../apps/api/test/support/harness.ts";
import { line, measure } from "./stats.ts";

type MakeDatabase = () => Promise<{ database: { kind: "sqlite"; file: string } | { kind: "postgres"; url: string }; drop: () => Promise<void> }>;

async function benchRequests(label: string, make: MakeDatabase): Promise<void> {
  const { database, drop } = await make();
  const db = createDb(database);
  try {
    await migrateToLatest(db);
    const deps: Deps = { db, clock: systemClock, log: createLogger("silent"), config: testConfig({ database }), ...mediaDeps() };
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
    console.log(`\nrequests (${label})`);
    line("GET /healthz (no session)", health);
    line("auth.me (session lookup)", me);
    line("accounts.list (session + 3 queries)", list);
    console.log(`ratio accounts.list / auth.me time: ${(list.p50 / me.p50).toFixed(2)}x`);
  } finally {
    await db.destroy();
    await drop();
  }
}

export async function benchApi(sqlite: MakeDatabase, postgres: MakeDatabase | null): Promise<void> {
  const stored = await hashPassword("a-benchmark-password");
  const verify = await measure(20, () => verifyPassword("a-benchmark-password", stored));
  line("\npassword verify (scrypt N=2^15, r=8)", verify);
  console.log(`sign-ins per core per second at most: ${verify.perSecond.toFixed(1)}`);
  await benchRequests("sqlite", sqlite);
  if (postgres) await benchRequests("postgres", postgres);
}
