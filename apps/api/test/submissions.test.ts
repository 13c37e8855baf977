import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventsFor } from "../src/audit/repo.ts";
import { createUser } from "../src/users/service.ts";
import type { Client } from "./support/client.ts";
import { codeOf, createHarness, DEMO, errorOf, type Harness } from "./support/harness.ts";

let h: Harness;
let dept: Client;
let comms: Client;
let comms2: Client;
let accounts: { id: string; platform: string }[];

beforeAll(async () => {
  h = await createHarness();
  dept = await h.as(DEMO.dept);
  comms = await h.as(DEMO.comms);
  comms2 = await h.as(DEMO.comms2);
  accounts = await dept.accounts.list.query();
});
afterAll(async () => h.close());

const account = (platform: string) => accounts.find((a) => a.platform === platform)!.id;

const brief = {
  objective: "More people book a flu jab before December.",
  audience: "Adults over 65 and carers in the borough.",
  keyMessages: "Flu jabs are free; walk in or book online.",
  measure: "Bookings through the website in the fortnight after posting.",
};

async function submitted(text = "Free flu jabs every Tuesday at Blaydon Leisure Centre. Book at https://www.nhs.uk/flu", desiredPublishAt?: string) {
  const { id } = await dept.submissions.create.mutate({
    title: "Flu clinic",
    brief,
    text,
    targetAccountIds: [account("x"), account("facebook")],
    ...(desiredPublishAt ? { desiredPublishAt } : {}),
  });
  await dept.submissions.submit.mutate({ id });
  return id;
}

describe("submissions", () => {
  it("saves an incomplete draft, and screens it as it is written", async () => {
    const draft = await dept.submissions.create.mutate({ text: "Patient NHS number 401 023 2137 is on ward 3" });
    expect(draft.state).toBe("draft");
    expect(draft.findings.map((f) => f.category)).toContain("pii.nhs_number");
    const got = await dept.submissions.get.query({ id: draft.id });
    expect(got).toMatchObject({ id: draft.id, state: "draft", title: "", authorId: expect.any(String), targetAccountIds: [], assetIds: [] });
  });

  it("asks for every missing part of the brief before it goes to comms", async () => {
    const { id } = await dept.submissions.create.mutate({ title: "Half done", text: "Clinic open today" });
    const error = await errorOf(dept.submissions.submit.mutate({ id }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["brief.audience", "brief.keyMessages", "brief.measure", "brief.objective", "targetAccountIds"]);
    expect((await dept.submissions.get.query({ id })).state).toBe("draft");
  });

  it("refuses to submit while a blocking finding remains, naming it and its clause", async () => {
    const { id } = await dept.submissions.create.mutate({
      title: "Porter",
      brief,
      text: "Patient NHS number 401 023 2137 needs a porter",
      targetAccountIds: [account("x")],
    });
    try {
      await dept.submissions.submit.mutate({ id });
      expect.unreachable("submit should be refused");
    } catch (error) {
      const data = (error as { data: { code: string; findings: { category: string; clause: string[]; platforms: string[] }[] } }).data;
      expect(data.code).toBe("PRECONDITION_FAILED");
      const nhs = data.findings.find((f) => f.category === "pii.nhs_number")!;
      expect(nhs.clause).toContain("ICBP038 §3.5");
      expect(nhs.platforms).toEqual(["x"]);
    }
    await dept.submissions.update.mutate({ id, text: "A porter is needed on ward 3 this afternoon" });
    expect((await dept.submissions.submit.mutate({ id })).state).toBe("submitted");
  });

  it("rejects unknown accounts and pictures that do not exist", async () => {
    expect((await errorOf(dept.submissions.create.mutate({ targetAccountIds: ["nope"] }))).fields).toHaveProperty("targetAccountIds");
    expect((await errorOf(dept.submissions.create.mutate({ assetIds: ["a1"] }))).fields).toHaveProperty("assetIds");
  });

  it("keeps submissions private to their author and the communications team", async () => {
    const id = await submitted();
    await createUser(h.deps, null, { email: "other.dept@example.nhs.uk", name: "Other Dept", roles: ["contributor"], password: "long-enough-password" });
    const other = h.anonymous();
    await other.auth.login.mutate({ email: "other.dept@example.nhs.uk", password: "long-enough-password" });
    expect(await codeOf(other.submissions.get.query({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(other.submissions.update.mutate({ id, title: "mine now" }))).toBe("NOT_FOUND");
    expect((await comms.submissions.get.query({ id })).state).toBe("submitted");
    expect(await codeOf((await h.as(DEMO.brand)).submissions.get.query({ id }))).toBe("NOT_FOUND");
  });

  it("lets the author withdraw until a decision, and not after", async () => {
    const id = await submitted();
    expect((await dept.submissions.withdraw.mutate({ id })).state).toBe("withdrawn");
    expect(await codeOf(dept.submissions.withdraw.mutate({ id }))).toBe("CONFLICT");
    expect(await codeOf(comms.review.approve.mutate({ id }))).toBe("CONFLICT");
  });
});

describe("review", () => {
  it("walks request changes, revision and approval, keeping every revision and comment", async () => {
    const id = await submitted("Flu jabs on Tuesday at Blaydon Leisure Centre");
    expect((await comms.review.claim.mutate({ id })).state).toBe("in_review");
    expect((await comms.review.requestChanges.mutate({ id, reason: "Please add the opening times." })).state).toBe("changes_requested");

    const seen = await dept.submissions.get.query({ id });
    expect(seen.comments.map((c) => [c.kind, c.body, c.author.name])).toEqual([["change_request", "Please add the opening times.", "Chris Comms"]]);
    await dept.submissions.update.mutate({ id, text: "Flu jabs on Tuesday 10am to 4pm at Blaydon Leisure Centre" });
    expect((await dept.submissions.submit.mutate({ id })).state).toBe("submitted");

    const revisions = await comms.submissions.revisions.query({ id });
    expect(revisions.map((r) => [r.number, r.reason])).toEqual([
      [1, "submitted"],
      [2, "resubmitted after changes were requested"],
    ]);
    expect(revisions[0]!.snapshot.text).toBe("Flu jabs on Tuesday at Blaydon Leisure Centre");
    expect(revisions[1]!.snapshot.text).toBe("Flu jabs on Tuesday 10am to 4pm at Blaydon Leisure Centre");

    expect((await comms2.review.approve.mutate({ id, note: "Good to go" })).state).toBe("approved");
    const actions = (await eventsFor(h.deps.db, "submission", id)).map((e) => e.action);
    expect(actions).toEqual([
      "submission.created",
      "submission.submitted",
      "submission.claimed",
      "submission.changes_requested",
      "submission.updated",
      "submission.submitted",
      "submission.approved",
    ]);
  });

  it("keeps four eyes: a reviewer who edited the copy cannot approve it, another can", async () => {
    const id = await submitted();
    await comms.review.editCopy.mutate({ id, accountId: account("x"), text: "Free flu jabs every Tuesday. Book: https://www.nhs.uk/flu #FluJab" });
    const refused = await errorOf(comms.review.approve.mutate({ id }));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/Four eyes/);
    const got = await comms2.submissions.get.query({ id });
    expect(got.targetAccounts.find((t) => t.accountId === account("x"))).toMatchObject({ edited: true, text: expect.stringContaining("#FluJab") });
    expect(got.targetAccounts.find((t) => t.accountId === account("facebook"))?.edited).toBe(false);
    expect((await comms2.review.approve.mutate({ id })).state).toBe("approved");
  });

  it("never lets anyone approve their own submission", async () => {
    const { id } = await comms.submissions.create.mutate({ title: "Comms own", brief, text: "Our board meets in public on Thursday.", targetAccountIds: [account("x")] });
    await comms.submissions.submit.mutate({ id });
    const refused = await errorOf(comms.review.approve.mutate({ id }));
    expect(refused.message).toMatch(/cannot approve a submission you wrote/);
    expect((await comms2.review.approve.mutate({ id })).state).toBe("approved");
  });

  it("needs the approver's grant on every target account", async () => {
    const admin = await h.as(DEMO.admin);
    const users = await admin.users.list.query();
    const comms2Id = users.find((u) => u.email === DEMO.comms2)!.id;
    const id = await submitted();
    await admin.accounts.revoke.mutate({ accountId: account("facebook"), userId: comms2Id });
    try {
      const refused = await errorOf(comms2.review.approve.mutate({ id }));
      expect(refused.code).toBe("FORBIDDEN");
      expect(refused.message).toMatch(/granted to publish/);
    } finally {
      await admin.accounts.grant.mutate({ accountId: account("facebook"), userId: comms2Id });
    }
    expect((await comms2.review.approve.mutate({ id })).state).toBe("approved");
  });

  it("refuses contributors every review action, at the API", async () => {
    const id = await submitted();
    // Thunks, so each call starts only when its refusal is awaited: no rejection goes unhandled.
    for (const call of [
      () => dept.review.approve.mutate({ id }),
      () => dept.review.claim.mutate({ id }),
      () => dept.review.requestChanges.mutate({ id, reason: "x" }),
      () => dept.review.reject.mutate({ id, reason: "x" }),
      () => dept.review.editCopy.mutate({ id, accountId: account("x"), text: "x" }),
      () => dept.review.queue.query(),
    ]) {
      expect(await codeOf(call())).toBe("FORBIDDEN");
    }
  });

  it("screens again on approval, and lets a reviewer override a finding only with a reason, audited", async () => {
    const id = await submitted();
    await comms.review.editCopy.mutate({ id, accountId: account("facebook"), text: "Questions? Ring Claire on 07700 900321" });
    const refused = await errorOf(comms2.review.approve.mutate({ id }));
    expect(refused.code).toBe("PRECONDITION_FAILED");

    const finding = (await comms2.submissions.get.query({ id })).findings.find((f) => f.category === "pii.phone")!;
    expect(await codeOf(comms2.review.overrideFinding.mutate({ id, platform: "facebook", rule: finding.rule, start: finding.start, end: finding.end, reason: " " }))).toBe("BAD_REQUEST");
    expect(await codeOf(dept.review.overrideFinding.mutate({ id, platform: "facebook", rule: finding.rule, start: finding.start, end: finding.end, reason: "mine" }))).toBe("FORBIDDEN");
    await comms2.review.overrideFinding.mutate({
      id,
      platform: "facebook",
      rule: finding.rule,
      start: finding.start,
      end: finding.end,
      reason: "Claire runs the public carers' line and agreed to publish it.",
    });
    const after = (await comms2.submissions.get.query({ id })).findings.find((f) => f.category === "pii.phone")!;
    expect(after.overriddenBecause).toBe("Claire runs the public carers' line and agreed to publish it.");
    expect((await comms2.review.approve.mutate({ id })).state).toBe("approved");
    const override = (await eventsFor(h.deps.db, "submission", id)).find((e) => e.action === "submission.finding_overridden")!;
    expect(override.reason).toBe("Claire runs the public carers' line and agreed to publish it.");
  });

  it("rejects with a reason the author can read", async () => {
    const id = await submitted();
    expect(await codeOf(comms.review.reject.mutate({ id, reason: "" }))).toBe("BAD_REQUEST");
    await comms.review.reject.mutate({ id, reason: "We posted this last week." });
    const got = await dept.submissions.get.query({ id });
    expect(got.state).toBe("rejected");
    expect(got.comments.at(-1)).toMatchObject({ kind: "rejection", body: "We posted this last week." });
    expect(await codeOf(dept.submissions.update.mutate({ id, title: "again" }))).toBe("CONFLICT");
  });

  it("orders the queue by desired date and filters it", async () => {
    const later = await submitted("Later post", "2027-03-01T09:00:00Z");
    const sooner = await submitted("Sooner post", "2027-02-01T09:00:00Z");
    const queue = await comms.review.queue.query();
    const ids = queue.map((q) => q.id);
    expect(ids.indexOf(sooner)).toBeLessThan(ids.indexOf(later));
    expect(queue.every((q) => q.state === "submitted" || q.state === "in_review")).toBe(true);

    const onX = await comms.review.queue.query({ accountId: account("x") });
    expect(onX.every((q) => q.targets.some((t) => t.platform === "x"))).toBe(true);
    const clean = await comms.review.queue.query({ hasFindings: false });
    expect(clean.every((q) => q.findingCount === 0)).toBe(true);
  });
});

describe("notifications about submissions", () => {
  it("tells the author when comms asks for changes, approves or rejects, and not about their own actions", async () => {
    await dept.notifications.markRead.mutate({ ids: "all" });
    const id = await submitted("Flu jabs on Tuesday at Blaydon Leisure Centre");
    expect((await dept.notifications.list.query()).unread).toBe(0);
    h.clock.advance(1000);
    await comms.review.requestChanges.mutate({ id, reason: "Add the times, please." });
    const [latest] = (await dept.notifications.list.query()).items;
    expect(latest).toMatchObject({ kind: "submission_state", link: `/submissions/${id}`, read: false });
    expect(latest!.text).toBe("“Flu clinic” is now changes requested: Add the times, please.");
    await dept.submissions.update.mutate({ id, text: "Flu jabs on Tuesday 10am to 4pm" });
    await dept.submissions.submit.mutate({ id });
    h.clock.advance(1000);
    await comms2.review.approve.mutate({ id });
    expect((await dept.notifications.list.query()).items[0]!.text).toBe("“Flu clinic” is now approved.");
  });
});
