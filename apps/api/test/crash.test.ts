import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.ts";
import { envFor } from "./support/cli.ts";
import { scheduleDuePosts } from "./support/due-posts.ts";
import { createHarness, type Harness } from "./support/harness.ts";
import { workUnderKills } from "./support/kill-loop.ts";

const POSTS = 500;
const WORKERS = 3;

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
  // The worker processes use the real clock: make the posts due by it.
  h.deps.clock = new ManualClock(new Date());
  const accountIds = (await h.deps.db.selectFrom("account").select("id").execute()).map((a) => a.id);
  await scheduleDuePosts(h, accountIds, POSTS);
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
    const { kills, selfKills } = await workUnderKills(env, WORKERS, async () => (await counts()).published >= POSTS);

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
