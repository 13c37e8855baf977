import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.ts";
import { schedulePost } from "../src/posts/service.ts";
import { approve } from "../src/review/service.ts";
import { createSubmission, submitSubmission } from "../src/submissions/service.ts";
import { findUserById, findUserIdByEmail, type UserWithRoles } from "../src/users/repo.ts";
import { envFor } from "./support/cli.ts";
import { BRIEF } from "./support/flow.ts";
import { createHarness, DEMO, type Harness } from "./support/harness.ts";
import { spawnWorker, type WorkerProcess } from "./support/processes.ts";

const POSTS = 500;
const WORKERS = 3;

let h: Harness;

async function user(email: string): Promise<UserWithRoles> {
  return (await findUserById(h.deps.db, (await findUserIdByEmail(h.deps.db, email))!))!;
}

beforeAll(async () => {
  h = await createHarness();
  // The worker processes use the real clock: make the posts due by it.
  h.deps.clock = new ManualClock(new Date());
  const [dept, comms, comms2] = [await user(DEMO.dept), await user(DEMO.comms), await user(DEMO.comms2)];
  const accountIds = (await h.deps.db.selectFrom("account").select("id").execute()).map((a) => a.id);
  let made = 0;
  while (made < POSTS) {
    const targets = accountIds.slice(0, Math.min(accountIds.length, POSTS - made));
    const { id } = await createSubmission(h.deps, dept, { title: `Post ${made}`, brief: BRIEF, text: `Clinic update number ${made}. Walk-ins welcome.`, targetAccountIds: targets });
    await submitSubmission(h.deps, dept, id);
    await approve(h.deps, comms2, id);
    for (const accountId of targets) await schedulePost(h.deps, comms, { submissionId: id, accountId, publishAt: h.deps.clock.now().toISOString() });
    made += targets.length;
  }
}, 300_000);
afterAll(async () => h.close());

async function counts() {
  const posts = await h.deps.db.selectFrom("post").select(["state"]).execute();
  return { published: posts.filter((p) => p.state === "published").length, total: posts.length };
}

describe("the publisher under SIGKILL", () => {
  it(`publishes ${POSTS} due posts exactly once while ${WORKERS} workers are killed at random and restarted`, async () => {
    const env = envFor(h.database, {
      LOG_LEVEL: "info",
      WORKER_POLL_MS: "20",
      WORKER_LEASE_MS: "1500",
      PUBLISH_TIMEOUT_MS: "1000",
      // longer than SQLite's busy timeout: a sandbox write stuck behind a lock has landed or failed by then
      RECONCILE_GRACE_MS: "6000",
      // a pause between the sandbox storing a post and answering: kills land inside the call
      GATEHOUSE_SANDBOX_LATENCY_MS: "120",
      // and some deaths at the worst moment of all: the platform has the post, we have no record of it
      GATEHOUSE_SANDBOX_CRASH_RATE: "0.015",
    });
    const workers: WorkerProcess[] = Array.from({ length: WORKERS }, () => spawnWorker(env));
    let kills = 0;
    let selfKills = 0;
    const killedByUs = new Set<number>();
    const deadline = Date.now() + 240_000;
    try {
      while ((await counts()).published < POSTS && Date.now() < deadline) {
        await Promise.race([Promise.any(workers.map((w) => w.ready)), new Promise((r) => setTimeout(r, 15_000))]);
        // a kill every second or three, to a worker that has been at work a while
        await new Promise((r) => setTimeout(r, 1000 + Math.random() * 2000));
        const i = Math.floor(Math.random() * workers.length);
        const victim = workers[i]!;
        if (victim.child.exitCode === null && victim.child.signalCode === null && victim.isReady()) {
          killedByUs.add(victim.child.pid!);
          victim.child.kill("SIGKILL");
          await victim.exited;
          kills++;
        }
        // restart whatever died, by our hand or its own
        for (let j = 0; j < workers.length; j++) {
          if (workers[j]!.child.exitCode !== null || workers[j]!.child.signalCode !== null) {
            if (!killedByUs.has(workers[j]!.child.pid!)) selfKills++;
            workers[j] = spawnWorker(env);
          }
        }
      }
    } finally {
      for (const w of workers) if (w.child.exitCode === null) w.child.kill("SIGTERM");
      await Promise.all(workers.map((w) => w.exited));
    }

    const { published, total } = await counts();
    const perPost = await h.deps.db
      .selectFrom("sandbox_post")
      .select(["idempotency_key", (eb) => eb.fn.countAll<string | number>().as("n")])
      .groupBy("idempotency_key")
      .execute();
    const duplicates = perPost.filter((r) => Number(r.n) > 1);
    const reconciled = await h.deps.db.selectFrom("post_attempt").select("id").where("kind", "=", "reconcile").execute();
    console.log(
      `${h.database.kind}: ${published}/${total} published, ${kills} workers killed at random, ${selfKills} more died right after the platform accepted, ${reconciled.length} reconciliations, ${duplicates.length} duplicates`,
    );

    for (const d of duplicates) {
      console.log(`duplicate ${String(d.idempotency_key)}:`, await h.deps.db.selectFrom("post_attempt").selectAll().where("post_id", "=", String(d.idempotency_key)).orderBy("number").execute());
    }
    expect(kills).toBeGreaterThanOrEqual(3);
    // a death after the platform accepted can only end well through reconciliation
    if (selfKills > 0) expect(reconciled.length).toBeGreaterThan(0);
    expect(total).toBe(POSTS);
    expect(published).toBe(POSTS);
    expect(duplicates).toEqual([]);
    expect(perPost.length).toBe(POSTS);
    // every sandbox post belongs to one of ours, and every one of ours points at its sandbox post
    const mismatched = await h.deps.db
      .selectFrom("post as p")
      .leftJoin("sandbox_post as s", "s.id", "p.remote_id")
      .select(["p.id"])
      .where((eb) => eb.or([eb("s.id", "is", null), eb("s.idempotency_key", "<>", eb.ref("p.id"))]))
      .execute();
    expect(mismatched).toEqual([]);
  }, 300_000);
});
