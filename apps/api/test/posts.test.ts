import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eventsFor } from "../src/audit/repo.ts";
import { setSandboxFault } from "../src/sandbox/service.ts";
import { insertAttempt } from "../src/publisher/repo.ts";
import { startWorker, type Worker } from "../src/publisher/worker.ts";
import type { Client } from "./support/client.ts";
import { approvedSubmission } from "./support/flow.ts";
import { codeOf, createHarness, DEMO, errorOf, type Harness } from "./support/harness.ts";

let h: Harness;
let dept: Client;
let comms: Client;
let comms2: Client;
let admin: Client;
let accounts: { id: string; platform: string }[];
let worker: Worker | null = null;

beforeAll(async () => {
  h = await createHarness();
  [dept, comms, comms2, admin] = await Promise.all([h.as(DEMO.dept), h.as(DEMO.comms), h.as(DEMO.comms2), h.as(DEMO.admin)]);
  accounts = await dept.accounts.list.query();
});
afterEach(async () => {
  await worker?.stop();
  worker = null;
});
afterAll(async () => h.close());

const account = (platform: string) => accounts.find((a) => a.platform === platform)!.id;
const inMinutes = (m: number) => new Date(h.clock.now().getTime() + m * 60_000).toISOString();

async function scheduled(platform = "x", minutes = 5) {
  const submissionId = await approvedSubmission(dept, comms2, [account(platform)]);
  const post = await comms.posts.schedule.mutate({ submissionId, accountId: account(platform), publishAt: inMinutes(minutes) });
  return { submissionId, postId: post.id };
}

/** Runs the real worker loop until nothing is due. */
async function runWorker() {
  worker ??= startWorker(h.deps, "test-worker");
  await worker.drain();
}

async function sandboxPostsFor(accountId: string) {
  return h.deps.db.selectFrom("sandbox_post").select(["id", "text", "idempotency_key", "deleted_at"]).where("account_id", "=", accountId).execute();
}

describe("scheduling", () => {
  it("publishes an approved post at its time and not before, with its URL", async () => {
    const { postId } = await scheduled("mastodon", 10);
    expect(await comms.posts.get.query({ id: postId })).toMatchObject({ state: "scheduled", accountId: account("mastodon"), findings: [] });

    await runWorker();
    expect((await comms.posts.get.query({ id: postId })).state).toBe("scheduled");

    h.clock.advance(10 * 60_000);
    await runWorker();
    const post = await comms.posts.get.query({ id: postId });
    expect(post.state).toBe("published");
    expect(post.remoteUrl).toMatch(new RegExp(`^http://gatehouse.test/sandbox/${account("mastodon")}#post-`));
    const feed = await dept.sandbox.feed.query({ accountId: account("mastodon") });
    expect(feed.posts.map((p) => p.id)).toContain(post.remoteId);
    const actions = (await eventsFor(h.deps.db, "post", postId)).map((e) => e.action);
    expect(actions).toEqual(["post.scheduled", "post.published"]);
  });

  it("keeps scheduling to granted comms officers, at the API", async () => {
    const submissionId = await approvedSubmission(dept, comms2, [account("x")]);
    expect(await codeOf(dept.posts.schedule.mutate({ submissionId, accountId: account("x"), publishAt: inMinutes(5) }))).toBe("FORBIDDEN");
    expect(await codeOf(admin.posts.schedule.mutate({ submissionId, accountId: account("x"), publishAt: inMinutes(5) }))).toBe("FORBIDDEN");
    const users = await admin.users.list.query();
    const commsId = users.find((u) => u.email === DEMO.comms)!.id;
    await admin.accounts.revoke.mutate({ accountId: account("x"), userId: commsId });
    try {
      expect(await codeOf(comms.posts.schedule.mutate({ submissionId, accountId: account("x"), publishAt: inMinutes(5) }))).toBe("FORBIDDEN");
    } finally {
      await admin.accounts.grant.mutate({ accountId: account("x"), userId: commsId });
    }
  });

  it("refuses an unapproved submission, an account it does not target, a time in the past, and a second post", async () => {
    const { id } = await dept.submissions.create.mutate({ title: "Draft", text: "hello", targetAccountIds: [account("x")] });
    expect(await codeOf(comms.posts.schedule.mutate({ submissionId: id, accountId: account("x"), publishAt: inMinutes(5) }))).toBe("CONFLICT");
    const approved = await approvedSubmission(dept, comms2, [account("x")]);
    expect((await errorOf(comms.posts.schedule.mutate({ submissionId: approved, accountId: account("facebook"), publishAt: inMinutes(5) }))).fields).toHaveProperty("accountId");
    expect((await errorOf(comms.posts.schedule.mutate({ submissionId: approved, accountId: account("x"), publishAt: inMinutes(-10) }))).fields).toHaveProperty("publishAt");
    await comms.posts.schedule.mutate({ submissionId: approved, accountId: account("x"), publishAt: inMinutes(5) });
    expect(await codeOf(comms.posts.schedule.mutate({ submissionId: approved, accountId: account("x"), publishAt: inMinutes(6) }))).toBe("CONFLICT");
  });

  it("refuses copy with a blocking finding at scheduling", async () => {
    const submissionId = await approvedSubmission(dept, comms2, [account("x")]);
    const error = await errorOf(comms.posts.schedule.mutate({ submissionId, accountId: account("x"), publishAt: inMinutes(5), text: "Patient 401 023 2137 is on ward 3" }));
    expect(error.code).toBe("PRECONDITION_FAILED");
  });

  it("reschedules and cancels, and lists by window, account and state", async () => {
    const { postId } = await scheduled("linkedin", 60);
    await comms.posts.reschedule.mutate({ id: postId, publishAt: inMinutes(120) });
    expect((await comms.posts.get.query({ id: postId })).publishAt).toBe(inMinutes(120));
    const window = await comms.posts.list.query({ from: inMinutes(119), to: inMinutes(121), accountId: account("linkedin") });
    expect(window.map((p) => p.id)).toEqual([postId]);
    await comms.posts.cancel.mutate({ id: postId, reason: "Event postponed" });
    expect((await comms.posts.list.query({ state: "cancelled" })).map((p) => p.id)).toContain(postId);
    h.clock.advance(200 * 60_000);
    await runWorker();
    expect((await comms.posts.get.query({ id: postId })).state).toBe("cancelled");
  });
});

describe("publishing never posts twice and never loses a post", () => {
  it("reconciles after the platform accepted the post but the answer timed out", async () => {
    const { postId } = await scheduled("bluesky", 1);
    await setSandboxFault(h.deps, { accountId: account("bluesky"), mode: "timeout", count: 1 });
    h.clock.advance(60_000);
    await runWorker();
    expect((await comms.posts.get.query({ id: postId })).state).toBe("unknown");
    h.clock.advance(20 * 60_000);
    await runWorker();
    const post = await comms.posts.get.query({ id: postId });
    expect(post.state).toBe("published");
    expect(post.attempts.map((a) => [a.kind, a.outcome])).toEqual([
      ["publish", "timeout"],
      ["reconcile", "found"],
    ]);
    expect((await sandboxPostsFor(account("bluesky"))).filter((p) => p.idempotency_key === postId)).toHaveLength(1);
  });

  it("looks again, never resends, when a look at the platform died half-way", async () => {
    const { postId } = await scheduled("facebook", 1);
    await setSandboxFault(h.deps, { accountId: account("facebook"), mode: "timeout", count: 1 });
    h.clock.advance(60_000);
    await runWorker();
    expect((await comms.posts.get.query({ id: postId })).state).toBe("unknown");
    // A worker started to ask the platform and was killed before it heard back.
    await insertAttempt(h.deps.db, { id: `${postId}-look`, post_id: postId, number: 2, kind: "reconcile", idempotency_key: postId, worker: "killed-worker", started_at: h.clock.now().toISOString() });
    h.clock.advance(20 * 60_000);
    await runWorker();
    const post = await comms.posts.get.query({ id: postId });
    expect(post.state).toBe("published");
    expect(post.attempts.map((a) => [a.kind, a.outcome])).toEqual([
      ["publish", "timeout"],
      ["reconcile", null],
      ["reconcile", "found"],
    ]);
    expect((await sandboxPostsFor(account("facebook"))).filter((p) => p.idempotency_key === postId)).toHaveLength(1);
  });

  it("looks before resending after a transient error, then sends once", async () => {
    const { postId } = await scheduled("instagram", 1);
    await setSandboxFault(h.deps, { accountId: account("instagram"), mode: "transient", count: 1 });
    h.clock.advance(60_000);
    await runWorker();
    h.clock.advance(20 * 60_000);
    await runWorker();
    const post = await comms.posts.get.query({ id: postId });
    expect(post.state).toBe("published");
    expect(post.attempts.map((a) => [a.kind, a.outcome])).toEqual([
      ["publish", "transient"],
      ["reconcile", "not-found"],
      ["publish", "published"],
    ]);
    expect((await sandboxPostsFor(account("instagram"))).filter((p) => p.idempotency_key === postId)).toHaveLength(1);
  });

  it("honours the platform's retry-after", async () => {
    const { postId } = await scheduled("linkedin", 1);
    await setSandboxFault(h.deps, { accountId: account("linkedin"), mode: "rate_limit", count: 1, retryAfterMs: 5 * 60_000 });
    h.clock.advance(60_000);
    await runWorker();
    expect((await comms.posts.get.query({ id: postId })).state).toBe("scheduled");
    h.clock.advance(4 * 60_000);
    await runWorker();
    expect((await comms.posts.get.query({ id: postId })).state).toBe("scheduled");
    h.clock.advance(60_000 + 1000);
    await runWorker();
    expect((await comms.posts.get.query({ id: postId })).state).toBe("published");
  });

  it("keeps one platform's trouble from holding the others", async () => {
    const x = await scheduled("x", 1);
    const fb = await scheduled("facebook", 1);
    await setSandboxFault(h.deps, { accountId: account("x"), mode: "transient", count: 3 });
    h.clock.advance(60_000);
    await runWorker();
    expect((await comms.posts.get.query({ id: fb.postId })).state).toBe("published");
    expect((await comms.posts.get.query({ id: x.postId })).state).toBe("unknown");
    for (let i = 0; i < 4; i++) {
      h.clock.advance(20 * 60_000);
      await runWorker();
    }
    expect((await comms.posts.get.query({ id: x.postId })).state).toBe("published");
    expect((await sandboxPostsFor(account("x"))).filter((p) => p.idempotency_key === x.postId)).toHaveLength(1);
  });

  it("fails on a permanent refusal, tells the scheduler, and publishes on retry once fixed", async () => {
    const { postId } = await scheduled("facebook", 1);
    await setSandboxFault(h.deps, { accountId: account("facebook"), mode: "permanent", count: 1 });
    h.clock.advance(60_000);
    await runWorker();
    const failed = await comms.posts.get.query({ id: postId });
    expect(failed).toMatchObject({ state: "failed", lastError: expect.stringContaining("refused") });
    const notes = await comms.notifications.list.query();
    expect(notes.items.some((n) => n.kind === "post_failed" && n.link === `/posts/${postId}`)).toBe(true);
    expect(notes.unread).toBeGreaterThan(0);

    expect(await codeOf(dept.posts.retry.mutate({ id: postId }))).toBe("FORBIDDEN");
    await comms.posts.retry.mutate({ id: postId });
    await runWorker();
    expect((await comms.posts.get.query({ id: postId })).state).toBe("published");
  });
});

describe("the gate at the moment of publishing", () => {
  it("blocks a post whose account was paused after scheduling, with the finding, and tells the comms officer", async () => {
    const { postId } = await scheduled("mastodon", 1);
    await admin.accounts.update.mutate({ id: account("mastodon"), status: "paused" });
    try {
      h.clock.advance(60_000);
      await runWorker();
      const post = await comms.posts.get.query({ id: postId });
      expect(post.state).toBe("blocked");
      expect(post.findings.map((f) => f.rule)).toEqual(["gate.account.not-active"]);
      expect((await comms.notifications.list.query()).items.some((n) => n.kind === "post_blocked")).toBe(true);
      expect(await codeOf(comms.posts.retry.mutate({ id: postId }))).toBe("CONFLICT");
    } finally {
      await admin.accounts.update.mutate({ id: account("mastodon"), status: "active" });
    }
    await comms.posts.retry.mutate({ id: postId });
    await runWorker();
    expect((await comms.posts.get.query({ id: postId })).state).toBe("published");
  });

  it("blocks a post whose scheduler lost the grant", async () => {
    const { postId } = await scheduled("linkedin", 1);
    const users = await admin.users.list.query();
    const commsId = users.find((u) => u.email === DEMO.comms)!.id;
    await admin.accounts.revoke.mutate({ accountId: account("linkedin"), userId: commsId });
    try {
      h.clock.advance(60_000);
      await runWorker();
      expect((await comms2.posts.get.query({ id: postId })).findings.map((f) => f.rule)).toEqual(["gate.authority.no-grant"]);
      // another granted officer takes responsibility by retrying
      await comms2.posts.retry.mutate({ id: postId });
      await runWorker();
      expect((await comms2.posts.get.query({ id: postId })).state).toBe("published");
    } finally {
      await admin.accounts.grant.mutate({ accountId: account("linkedin"), userId: commsId });
    }
  });
});

describe("takedown, lateness and notifications", () => {
  it("takes a published post down with a reason and keeps the record", async () => {
    const { postId } = await scheduled("x", 1);
    h.clock.advance(60_000);
    await runWorker();
    const { remoteId } = await comms.posts.get.query({ id: postId });
    expect(await codeOf(dept.posts.takedown.mutate({ id: postId, reason: "no" }))).toBe("FORBIDDEN");
    expect(await codeOf(comms.posts.takedown.mutate({ id: postId, reason: " " }))).toBe("BAD_REQUEST");
    expect(await comms.posts.takedown.mutate({ id: postId, reason: "Wrong clinic date" })).toEqual({ id: postId, state: "taken_down" });
    const post = await comms.posts.get.query({ id: postId });
    expect(post).toMatchObject({ state: "taken_down", takedownReason: "Wrong clinic date", remoteId });
    expect((await dept.sandbox.feed.query({ accountId: account("x") })).posts.map((p) => p.id)).not.toContain(remoteId);
    expect((await eventsFor(h.deps.db, "post", postId)).at(-1)).toMatchObject({ action: "post.taken_down", reason: "Wrong clinic date" });
  });

  it("shows a post as late on the dashboard two minutes after it was due", async () => {
    const { postId } = await scheduled("facebook", 1);
    h.clock.advance(60_000 + 2 * 60_000 + 1000);
    const dashboard = await comms.posts.dashboard.query();
    expect(dashboard.late.map((p) => p.id)).toContain(postId);
    expect((await comms.posts.get.query({ id: postId })).late).toBe(true);
    expect(await codeOf(dept.posts.dashboard.query())).toBe("FORBIDDEN");
    await runWorker();
    expect((await comms.posts.dashboard.query()).late.map((p) => p.id)).not.toContain(postId);
  });

  it("marks notifications read", async () => {
    const before = await comms.notifications.list.query();
    expect(before.unread).toBeGreaterThan(0);
    await comms.notifications.markRead.mutate({ ids: "all" });
    expect((await comms.notifications.list.query()).unread).toBe(0);
  });
});
