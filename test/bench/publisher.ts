import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { systemClock } from "../../apps/api/src/clock.ts";
import { createDb, type Db } from "../../apps/api/src/db/database.ts";
import { migrateToLatest } from "../../apps/api/src/db/migrate.ts";
import { seedDemo } from "../../apps/api/src/demo/seed.ts";
import type { Deps } from "../../apps/api/src/deps.ts";
import { newId } from "../../apps/api/src/ids.ts";
import { createLogger } from "../../apps/api/src/logger.ts";
import { listPosts } from "../../apps/api/src/posts/service.ts";
import { startWorker } from "../../apps/api/src/publisher/worker.ts";
import { mediaDeps, testConfig } from "../../apps/api/test/support/harness.ts";
import { percentiles } from "./stats.ts";

type DatabaseConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

/**
 * Rows straight into the tables: building 10,000 posts through the review flow would
 * measure the review flow. Every post is approved, on an active account, by a granted officer.
 */
async function insertPosts(db: Db, count: number, publishAt: (i: number) => string): Promise<void> {
  const accounts = await db.selectFrom("account").select("id").execute();
  const comms = await db.selectFrom("app_user").select("id").where("email", "=", "comms@demo.gatehouse.test").executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  for (let start = 0; start < count; start += accounts.length * 50) {
    await db.transaction().execute(async (tx) => {
      for (let s = 0; s < 50 && start + s * accounts.length < count; s++) {
        const submissionId = newId();
        await tx
          .insertInto("submission")
          .values({ id: submissionId, author_id: comms.id, department_id: null, title: "Bench", objective: "o", audience: "a", key_messages: "k", measure: "m", text: "Flu clinic open today.", links_json: "[]", desired_publish_at: null, desired_publish_until: null, state: "approved", revision: 1, last_edited_by: comms.id, claimed_by: null, decided_by: comms.id, decided_at: now, submitted_at: now, created_at: now, updated_at: now })
          .execute();
        const rows = accounts.slice(0, Math.min(accounts.length, count - start - s * accounts.length)).map((a, k) => {
          const i = start + s * accounts.length + k;
          return { id: newId(), submission_id: submissionId, account_id: a.id, text: `Flu clinic open today (${i}).`, publish_at: publishAt(i), state: "scheduled", scheduled_by: comms.id, attempt_count: 0, next_attempt_at: null, lease_owner: null, lease_until: null, remote_id: null, remote_url: null, findings_json: null, last_error: null, published_at: null, taken_down_at: null, takedown_reason: null, created_at: now, updated_at: now };
        });
        if (rows.length) await tx.insertInto("post").values(rows).execute();
      }
    });
  }
}

async function freshDeps(database: DatabaseConfig): Promise<Deps> {
  const db = createDb(database);
  await migrateToLatest(db);
  const deps: Deps = {
    db,
    clock: systemClock,
    log: createLogger("silent"),
    config: testConfig({ database, worker: { inline: false, pollMs: 1000, leaseMs: 60_000, publishTimeoutMs: 30_000, reconcileGraceMs: 60_000 } }),
    ...mediaDeps(),
  };
  await seedDemo(deps);
  return deps;
}

export async function benchPublisher(kind: "sqlite" | "postgres", makeDatabase: () => Promise<{ database: DatabaseConfig; drop: () => Promise<void> }>): Promise<void> {
  console.log(`\npublisher and calendar (${kind})`);

  // 1. Throughput from a backlog of 10,000 due posts, one worker.
  {
    const { database, drop } = await makeDatabase();
    const deps = await freshDeps(database);
    try {
      await insertPosts(deps.db, 10_000, () => new Date(Date.now() - 60_000).toISOString());
      const start = performance.now();
      const worker = startWorker(deps, "bench");
      await worker.drain();
      const seconds = (performance.now() - start) / 1000;
      await worker.stop();
      const published = await deps.db.selectFrom("post").select("id").where("state", "=", "published").execute();
      console.log(`backlog of 10,000 due posts, one worker: ${published.length} published in ${seconds.toFixed(1)} s = ${(published.length / seconds).toFixed(0)} posts/s`);
    } finally {
      await deps.db.destroy();
      await drop();
    }
  }

  // 2. Lateness for 1,000 posts due in the same minute, the worker already running.
  {
    const { database, drop } = await makeDatabase();
    const deps = await freshDeps(database);
    try {
      const due = new Date(Math.ceil((Date.now() + 3000) / 1000) * 1000);
      await insertPosts(deps.db, 1000, (i) => new Date(due.getTime() + Math.floor((i / 1000) * 60_000)).toISOString());
      const worker = startWorker(deps, "bench-lateness");
      while (Date.now() < due.getTime() + 60_000) await new Promise((r) => setTimeout(r, 250));
      await worker.drain();
      await worker.stop();
      const rows = await deps.db.selectFrom("post").select(["publish_at", "published_at"]).execute();
      const late = rows.map((r) => new Date(r.published_at!).getTime() - new Date(r.publish_at).getTime());
      const { p50, p99 } = percentiles(late);
      console.log(`lateness of 1,000 posts due in one minute (poll 1 s): p50 ${(p50 / 1000).toFixed(2)} s, p99 ${(p99 / 1000).toFixed(2)} s, max ${(Math.max(...late) / 1000).toFixed(2)} s`);
    } finally {
      await deps.db.destroy();
      await drop();
    }
  }

  // 3. The calendar's query for a month holding 50,000 posts.
  {
    const { database, drop } = await makeDatabase();
    const deps = await freshDeps(database);
    try {
      const monthStart = Date.UTC(2027, 0, 1);
      const span = Date.UTC(2027, 1, 1) - monthStart;
      await insertPosts(deps.db, 50_000, (i) => new Date(monthStart + Math.floor((i / 50_000) * span)).toISOString());
      await insertPosts(deps.db, 10_000, (i) => new Date(Date.UTC(2027, 2, 1) + i * 60_000).toISOString());
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        rows = (await listPosts(deps, { from: new Date(monthStart).toISOString(), to: new Date(monthStart + span).toISOString() })).length;
        times.push(performance.now() - t);
      }
      const week = [] as number[];
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        await listPosts(deps, { from: new Date(monthStart + 7 * 86_400_000).toISOString(), to: new Date(monthStart + 14 * 86_400_000).toISOString() });
        week.push(performance.now() - t);
      }
      console.log(`calendar month with 50,000 posts (posts.list, first ${rows} rows): p50 ${percentiles(times).p50.toFixed(1)} ms; one week of it: p50 ${percentiles(week).p50.toFixed(1)} ms`);
    } finally {
      await deps.db.destroy();
      await drop();
    }
  }
}

export function sqliteDatabase(): Promise<{ database: DatabaseConfig; drop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-bench-"));
  return Promise.resolve({ database: { kind: "sqlite", file: path.join(dir, "bench.sqlite") }, drop: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })) });
}
