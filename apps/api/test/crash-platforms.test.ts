import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.ts";
import { sealCredentials } from "../src/connections/stored-connection.ts";
import type { Credentials } from "../src/connectors/types.ts";
import { createMastodonFake } from "../src/fakes/mastodon/index.ts";
import { serveFake, type ServedFake } from "../src/fakes/serve.ts";
import { createXFake } from "../src/fakes/x/index.ts";
import { envFor } from "./support/cli.ts";
import { scheduleDuePosts } from "./support/due-posts.ts";
import { createHarness, type Harness } from "./support/harness.ts";
import { workUnderKills } from "./support/kill-loop.ts";

const POSTS = 240;
const WORKERS = 3;

let h: Harness;
const x = createXFake({ limits: { "POST /2/tweets": 100_000, "POST /2/media/metadata": 100_000, "GET /2/users/:id/tweets": 100_000 } });
const mastodon = createMastodonFake({ rateLimit: 100_000 });
const served: ServedFake[] = [];

/**
 * The platform keeps the post, then answers a little later: a worker killed in that pause
 * leaves a post the platform has and we have no record of, the case reconciliation exists for.
 */
function slowToAnswer(app: Hono): Hono {
  const outer = new Hono();
  outer.use("*", async (c, next) => {
    await next();
    if (c.req.method === "POST") await new Promise((r) => setTimeout(r, Math.random() * 150));
  });
  outer.route("/", app);
  return outer;
}

async function connect(platform: "x" | "mastodon", baseUrl: string, credentials: Credentials): Promise<string> {
  const account = await h.deps.db.selectFrom("account").select("id").where("platform", "=", platform).orderBy("created_at").executeTakeFirstOrThrow();
  await h.deps.db
    .updateTable("account")
    .set({ connector: "api", base_url: baseUrl, credentials_enc: sealCredentials(h.deps, account.id, credentials), remote_handle: credentials.remoteHandle ?? null })
    .where("id", "=", account.id)
    .execute();
  return account.id;
}

beforeAll(async () => {
  h = await createHarness();
  h.deps.clock = new ManualClock(new Date());
  served.push(await serveFake(slowToAnswer(x.app)), await serveFake(slowToAnswer(mastodon.app)));
  const xGrant = x.grant("DemoNHSTrust");
  const xAccount = await connect("x", served[0]!.url, {
    accessToken: xGrant.accessToken,
    refreshToken: xGrant.refreshToken,
    expiresAt: new Date(Date.now() + xGrant.expiresIn * 1000).toISOString(),
    remoteAccountId: xGrant.user.id,
    remoteHandle: "DemoNHSTrust",
  });
  const token = mastodon.issueToken("demonhstrust");
  const mastodonAccount = await connect("mastodon", served[1]!.url, { accessToken: token, remoteAccountId: mastodon.state.accountByUsername("demonhstrust")!.id, remoteHandle: "demonhstrust" });
  await scheduleDuePosts(h, [xAccount, mastodonAccount], POSTS);
}, 300_000);
afterAll(async () => {
  await Promise.all(served.map((s) => s.close()));
  await h.close();
});

async function publishedCount(): Promise<number> {
  const row = await h.deps.db.selectFrom("post").select((eb) => eb.fn.countAll<string | number>().as("n")).where("state", "=", "published").executeTakeFirstOrThrow();
  return Number(row.n);
}

function repeated(texts: string[]): string[] {
  const seen = new Map<string, number>();
  for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([t]) => t);
}

describe("the publisher under SIGKILL, against the X and Mastodon fakes", () => {
  it(`publishes ${POSTS} posts to X and Mastodon exactly once while ${WORKERS} workers are killed at random`, async () => {
    const env = envFor(h.database, {
      LOG_LEVEL: "info",
      WORKER_POLL_MS: "20",
      WORKER_LEASE_MS: "2500",
      PUBLISH_TIMEOUT_MS: "2000",
      RECONCILE_GRACE_MS: "3000",
      GATEHOUSE_TOKEN_KEYS: h.deps.config.tokenKeys!,
    });
    const { kills } = await workUnderKills(env, WORKERS, async () => (await publishedCount()) >= POSTS);

    const published = await publishedCount();
    const tweets = x.posts();
    const statuses = mastodon.listStatuses();
    // Sends refused by the platform's own guard (X's duplicate check, Mastodon's Idempotency-Key replay) are counted, not hidden.
    const tweetCalls = x.calls.filter((c) => c.method === "POST" && c.path === "/2/tweets").length;
    const statusCalls = mastodon.calls.filter((c) => c.method === "POST" && c.path === "/api/v1/statuses").length;
    const reconciled = await h.deps.db.selectFrom("post_attempt").select("id").where("kind", "=", "reconcile").execute();
    console.log(
      `${h.database.kind} (X and Mastodon fakes): ${published}/${POSTS} published, ${kills} workers killed, ${reconciled.length} reconciliations, ` +
        `X ${tweets.length} posts from ${tweetCalls} sends, Mastodon ${statuses.length} statuses from ${statusCalls} sends, ` +
        `${repeated(tweets.map((t) => t.text)).length + repeated(statuses.map((s) => s.text)).length} duplicates`,
    );
    expect(kills).toBeGreaterThanOrEqual(3);
    expect(published).toBe(POSTS);
    expect(tweets.length).toBe(POSTS / 2);
    expect(statuses.length).toBe(POSTS / 2);
    expect(repeated(tweets.map((t) => t.text))).toEqual([]);
    expect(repeated(statuses.map((s) => s.text))).toEqual([]);
    // Every post of ours points at the platform's copy of its own text.
    const ours = await h.deps.db.selectFrom("post").innerJoin("account", "account.id", "post.account_id").select(["post.remote_id", "post.text", "account.platform"]).execute();
    for (const post of ours) {
      const theirs = post.platform === "x" ? tweets.find((t) => t.id === post.remote_id)?.text : statuses.find((s) => s.id === post.remote_id)?.text;
      expect(theirs, `${post.platform} post ${post.remote_id}`).toBe(post.text);
    }
  }, 300_000);
});
