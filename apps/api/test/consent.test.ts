import type { Platform } from "@gatehouse/policy";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eventsFor } from "../src/audit/repo.ts";
import { sweepConsents } from "../src/consent/expiry.ts";
import { startWorker, type Worker } from "../src/publisher/worker.ts";
import type { Client } from "./support/client.ts";
import { cookieOf } from "./support/client.ts";
import { brandReady } from "./support/brand.ts";
import { BRIEF } from "./support/flow.ts";
import { codeOf, createHarness, DEMO, errorOf, type Harness } from "./support/harness.ts";
import { distinctPicture, facePhoto, twoPeople } from "./support/images.ts";
import { fetchAs, uploaded } from "./support/uploads.ts";

let h: Harness;
let dept: Client;
let comms: Client;
let comms2: Client;
let ig: Client;
let admin: Client;
let brand: Client;
let accounts: { id: string; platform: string }[];
let worker: Worker | null = null;
let photo: Buffer;
let seed = 0;
/** Each test's own picture: the same picture twice would rightly be flagged as a copy when one's consent ends. */
const picture = () => distinctPicture(++seed);

beforeAll(async () => {
  h = await createHarness();
  [dept, comms, comms2, ig, admin] = await Promise.all([h.as(DEMO.dept), h.as(DEMO.comms), h.as(DEMO.comms2), h.as(DEMO.ig), h.as(DEMO.admin)]);
  accounts = await dept.accounts.list.query();
  photo = await twoPeople();
}, 60_000);
// Tests move the clock by days: everyone signs in afresh for each.
beforeEach(async () => {
  [dept, comms, comms2, ig, admin, brand] = await Promise.all([h.as(DEMO.dept), h.as(DEMO.comms), h.as(DEMO.comms2), h.as(DEMO.ig), h.as(DEMO.admin), h.as(DEMO.brand)]);
});
afterEach(async () => {
  await worker?.stop();
  worker = null;
});
afterAll(async () => h.close());

const account = (platform: string) => accounts.find((a) => a.platform === platform)!.id;
const inDays = (d: number) => new Date(h.clock.now().getTime() + d * 86_400_000).toISOString();
const inMinutes = (m: number) => new Date(h.clock.now().getTime() + m * 60_000).toISOString();

async function runWorker() {
  worker ??= startWorker(h.deps, "consent-test-worker");
  await worker.drain();
}

/** A contributor's photo of two people, declared, with each person's consent recorded by IG. */
async function consentedPhoto(platforms: Platform[], bytes?: Buffer, expiresAt = inDays(365)) {
  const assetId = await uploaded(h.app, dept, bytes ?? (await picture()), "ward-team.jpg");
  await dept.assets.declarePeople.mutate({ id: assetId, people: "identifiable" });
  const consentIds: string[] = [];
  for (const [i, name] of ["Alex Patient", "Sam Relative"].entries()) {
    const { id } = await ig.consent.create.mutate({
      subjectName: name,
      subjectKind: i === 0 ? "patient" : "relative",
      platforms,
      expiresAt,
      evidence: "Signed form CF-118, kept in the ward office",
      assetIds: [assetId],
      ...(bytes === photo ? { faces: [{ assetId, faceIndex: i }] } : {}),
      toldWho: "Communications team photographer",
      toldPurpose: "Flu campaign on the trust's social media",
      toldAccess: "Email communications@demo.nhs.uk to see or withdraw it",
    });
    consentIds.push(id);
  }
  await brandReady(comms, brand, assetId);
  return { assetId, consentIds };
}

async function approvedWith(assetId: string, platforms: string[]) {
  const { id } = await dept.submissions.create.mutate({
    title: "Flu team",
    brief: BRIEF,
    text: "Our ward team is ready for flu season. Book your jab today.",
    targetAccountIds: platforms.map(account),
    assetIds: [assetId],
  });
  await dept.submissions.submit.mutate({ id });
  await comms2.review.approve.mutate({ id });
  return id;
}

describe("the consent register", () => {
  it("is kept by IG and comms, and names never reach the logs or the audit trail", async () => {
    const { assetId, consentIds } = await consentedPhoto(["instagram"], photo);
    expect(await codeOf(dept.consent.list.query())).toBe("FORBIDDEN");
    expect(await codeOf(dept.consent.create.mutate({ subjectName: "X", subjectKind: "staff", platforms: ["x"], expiresAt: null, evidence: "e", assetIds: [] }))).toBe("FORBIDDEN");
    const found = await comms.consent.list.query({ search: "alex pat" });
    expect(found.map((c) => c.id)).toContain(consentIds[0]);
    expect((await ig.consent.get.query({ id: consentIds[0]! })).assets).toEqual([expect.objectContaining({ id: assetId, faceIndex: 0 })]);
    // The uploader sees that consent exists, not whose it is.
    const asDept = await dept.assets.get.query({ id: assetId });
    expect(asDept.consents.map((c) => c.subjectName)).toEqual([null, null]);
    expect((await ig.assets.get.query({ id: assetId })).consents.map((c) => c.subjectName)).toEqual(["Alex Patient", "Sam Relative"]);
    const audit = await h.deps.db.selectFrom("audit_event").select(["before_json", "after_json", "reason"]).execute();
    expect(JSON.stringify(audit)).not.toContain("Alex Patient");
    expect(h.logs.text()).not.toContain("Alex Patient");
  });

  it("refuses a consent with no platform, an expiry in the past, or a picture that does not exist", async () => {
    const base = { subjectName: "Jo Bloggs", subjectKind: "staff" as const, evidence: "Form on file", assetIds: [] };
    expect((await errorOf(ig.consent.create.mutate({ ...base, platforms: [], expiresAt: null }))).fields).toHaveProperty("platforms");
    expect((await errorOf(ig.consent.create.mutate({ ...base, platforms: ["x"], expiresAt: inDays(-1) }))).fields).toHaveProperty("expiresAt");
    expect((await errorOf(ig.consent.create.mutate({ ...base, platforms: ["x"], expiresAt: null, assetIds: ["nope"] }))).fields).toHaveProperty("assetIds");
  });

  it("keeps the signed form private to the register's keepers", async () => {
    const { consentIds } = await consentedPhoto(["instagram"]);
    const id = consentIds[0]!;
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const post = async (client: Client, bytes: Buffer, name: string) => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(bytes)]), name);
      return h.app.request(`http://gatehouse.test/api/consents/${id}/evidence`, { method: "POST", body: form, headers: { cookie: cookieOf(client) } });
    };
    expect((await post(dept, pdf, "form.pdf")).status).toBe(403);
    expect((await post(ig, Buffer.from("just text"), "form.pdf")).status).toBe(400);
    expect((await post(ig, pdf, "form.pdf")).status).toBe(201);
    const asIg = await fetchAs(h.app, ig, `/api/consents/${id}/evidence`);
    expect(asIg.status).toBe(200);
    expect(asIg.headers.get("content-disposition")).toContain("attachment");
    expect(Buffer.from(await asIg.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await fetchAs(h.app, dept, `/api/consents/${id}/evidence`)).status).toBe(403);
    expect((await ig.consent.get.query({ id })).evidenceFile).toMatchObject({ name: "form.pdf", type: "application/pdf" });
  });
});

describe("the consent gate", () => {
  it("schedules to a platform the consent covers and refuses the one it does not, with the finding", async () => {
    const { assetId } = await consentedPhoto(["instagram"]);
    const submissionId = await approvedWith(assetId, ["instagram", "x"]);
    const submission = await dept.submissions.get.query({ id: submissionId });
    expect(submission.assetIds).toEqual([assetId]);
    expect(submission.findings).toContainEqual(expect.objectContaining({ rule: "media.consent.platform", severity: "warn", platforms: ["x"] }));

    const ok = await comms.posts.schedule.mutate({ submissionId, accountId: account("instagram"), publishAt: inMinutes(30) });
    expect(ok.state).toBe("scheduled");
    const refused = await errorOf(comms.posts.schedule.mutate({ submissionId, accountId: account("x"), publishAt: inMinutes(30) }));
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.findings!.map((f) => f.rule)).toEqual(["media.consent.platform"]);
    expect(refused.findings![0]!.message).toContain("does not cover X");
  });

  it("refuses to schedule past the day the consent expires", async () => {
    const { assetId } = await consentedPhoto(["instagram"], undefined, inDays(2));
    const submissionId = await approvedWith(assetId, ["instagram"]);
    const refused = await errorOf(comms.posts.schedule.mutate({ submissionId, accountId: account("instagram"), publishAt: inDays(3) }));
    expect(refused.findings!.map((f) => f.rule)).toEqual(["media.consent.expired"]);
    expect(await codeOf(comms.posts.schedule.mutate({ submissionId, accountId: account("instagram"), publishAt: inDays(1) }))).toBe("OK");
  });

  it("keeps a submission with undeclared people from being submitted", async () => {
    const assetId = await uploaded(h.app, dept, await picture(), "undeclared.jpg");
    const { id } = await dept.submissions.create.mutate({ title: "Team", brief: BRIEF, text: "Meet the team.", targetAccountIds: [account("facebook")], assetIds: [assetId] });
    const refused = await errorOf(dept.submissions.submit.mutate({ id }));
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.findings!.map((f) => f.rule)).toEqual(["media.people.undeclared"]);
  });

  it("publishes the platform's rendition with the post", async () => {
    const { assetId } = await consentedPhoto(["instagram"]);
    await brandReady(comms, brand, assetId, "Two nurses smiling on the ward");
    const submissionId = await approvedWith(assetId, ["instagram"]);
    const { id } = await comms.posts.schedule.mutate({ submissionId, accountId: account("instagram"), publishAt: inMinutes(1) });
    h.clock.advance(60_000);
    await runWorker();
    const sent = await comms.posts.get.query({ id });
    expect(sent.state).toBe("published");
    expect(sent.pictures).toEqual([{ assetId, name: "ward-team.jpg", altText: "Two nurses smiling on the ward", url: `/api/assets/${assetId}/instagram-square?account=${account("instagram")}` }]);
    const feed = await dept.sandbox.feed.query({ accountId: account("instagram") });
    const post = feed.posts.find((p) => p.text.startsWith("Our ward team"))!;
    expect(post.media).toHaveLength(1);
    // 900 x 600 in, so the square is 600 x 600: never enlarged.
    expect(post.media[0]).toMatchObject({ altText: "Two nurses smiling on the ward", width: 600, height: 600 });
    const image = await fetchAs(h.app, dept, post.media[0]!.url);
    expect(image.status).toBe(200);
    expect((await sharp(Buffer.from(await image.arrayBuffer())).metadata()).width).toBe(600);
  });
});

describe("withdrawal", () => {
  it("blocks what is scheduled, takes down what is published, and the audit log shows each step", async () => {
    const { assetId, consentIds } = await consentedPhoto(["instagram", "facebook"], await picture());
    const submissionId = await approvedWith(assetId, ["instagram", "facebook"]);
    const published = await comms.posts.schedule.mutate({ submissionId, accountId: account("instagram"), publishAt: inMinutes(1) });
    const scheduled = await comms.posts.schedule.mutate({ submissionId, accountId: account("facebook"), publishAt: inDays(7) });
    h.clock.advance(60_000);
    await runWorker();
    const remote = await comms.posts.get.query({ id: published.id });
    expect(remote.state).toBe("published");

    expect(await codeOf(dept.consent.withdraw.mutate({ id: consentIds[1]!, reason: "asked" }))).toBe("FORBIDDEN");
    const result = await ig.consent.withdraw.mutate({ id: consentIds[1]!, reason: "Sam's daughter phoned the ward on 1 December to withdraw consent." });
    expect(result).toMatchObject({ id: consentIds[1], affectedPostIds: [scheduled.id], takedownPostIds: [published.id] });

    const blocked = await comms.posts.get.query({ id: scheduled.id });
    expect(blocked.state).toBe("blocked");
    expect(blocked.findings.map((f) => f.rule)).toEqual(["media.consent.withdrawn"]);
    expect((await comms.posts.get.query({ id: published.id })).state).toBe("taken_down");
    const feed = await dept.sandbox.feed.query({ accountId: account("instagram") });
    expect(feed.posts.map((p) => p.id)).not.toContain(remote.remoteId);

    const consentEvents = await eventsFor(h.deps.db, "consent", consentIds[1]!);
    expect(consentEvents.map((e) => e.action)).toEqual(["consent.recorded", "consent.withdrawn"]);
    // The reason names the person: the register keeps it, the audit trail does not.
    expect(consentEvents[1]!.reason).toBe("[name]'s daughter phoned the ward on 1 December to withdraw consent.");
    expect((await ig.consent.get.query({ id: consentIds[1]! })).withdrawalReason).toBe("Sam's daughter phoned the ward on 1 December to withdraw consent.");
    expect((await eventsFor(h.deps.db, "post", scheduled.id)).map((e) => e.action)).toEqual(["post.scheduled", "post.blocked"]);
    expect((await eventsFor(h.deps.db, "post", published.id)).map((e) => e.action)).toEqual(["post.scheduled", "post.published", "post.taken_down"]);
    const view = await ig.consent.get.query({ id: consentIds[1]! });
    expect(view.status).toBe("withdrawn");
    expect(view.blockedPosts.map((p) => p.id)).toEqual([scheduled.id]);
    expect(view.takedowns).toEqual([expect.objectContaining({ postId: published.id, state: "done" })]);
    const notices = await comms.notifications.list.query();
    expect(notices.items.some((n) => n.text.startsWith("Consent was withdrawn for a picture on Facebook"))).toBe(true);
    // Withdrawing twice is refused: the first one already did everything.
    expect(await codeOf(ig.consent.withdraw.mutate({ id: consentIds[1]!, reason: "again" }))).toBe("CONFLICT");
    // A retry of the blocked post is still stopped at publishing.
    // No worker polls while the clock jumps: the retried post is claimed only by the run below.
    await worker?.stop();
    worker = null;
    await comms.posts.retry.mutate({ id: scheduled.id });
    h.clock.advance(8 * 86_400_000);
    await runWorker();
    comms = await h.as(DEMO.comms);
    expect((await comms.posts.get.query({ id: scheduled.id })).state).toBe("blocked");
  });

  it("flags a cropped, filtered re-upload of the picture so a copy cannot slip through", async () => {
    // Two of the four people in sample4.jpg.
    const original = await sharp(facePhoto("sample4.jpg")).extract({ left: 200, top: 20, width: 700, height: 480 }).jpeg({ quality: 90 }).toBuffer();
    const { assetId, consentIds } = await consentedPhoto(["facebook"], original);
    const copy = await sharp(original).extract({ left: 20, top: 14, width: 665, height: 456 }).modulate({ brightness: 1.1, saturation: 0.6 }).jpeg({ quality: 70 }).toBuffer();
    const copyId = await uploaded(h.app, dept, copy, "ward-team-edit.jpg");
    await dept.assets.declarePeople.mutate({ id: copyId, people: "public_incidental", note: "Taken in the hospital foyer" });
    await brandReady(comms, brand, copyId);
    const unrelated = await uploaded(h.app, dept, await sharp({ create: { width: 800, height: 600, channels: 3, background: "#335577" } }).jpeg().toBuffer(), "blue.jpg");
    const copySubmission = await approvedWith(copyId, ["facebook"]);
    const copyPost = await comms.posts.schedule.mutate({ submissionId: copySubmission, accountId: account("facebook"), publishAt: inDays(3) });

    const result = await ig.consent.withdraw.mutate({ id: consentIds[0]!, reason: "Withdrawn by letter." });
    expect(result.flaggedAssetIds).toEqual([copyId]);
    expect(result.affectedPostIds).toEqual([copyPost.id]);
    expect((await comms.assets.get.query({ id: copyId })).findings.map((f) => f.rule)).toContain("media.consent.near-copy");
    expect((await comms.assets.get.query({ id: unrelated })).nearCopyFlags).toEqual([]);
    expect((await comms.assets.get.query({ id: assetId })).platforms.find((p) => p.platform === "facebook")!.findings.map((f) => f.rule)).toEqual(["media.consent.withdrawn"]);

    expect(await codeOf(dept.assets.clearNearCopyFlag.mutate({ id: copyId, reason: "different" }))).toBe("FORBIDDEN");
    const cleared = await ig.assets.clearNearCopyFlag.mutate({ id: copyId, reason: "Checked: a different group photographed the same day, all consented." });
    expect(cleared.findings.map((f) => f.rule)).not.toContain("media.consent.near-copy");
  });

  it("leaves a takedown task for comms when the organisation takes posts down by hand", async () => {
    await admin.settings.updateConsent.mutate({ automaticTakedown: false });
    try {
      const { assetId, consentIds } = await consentedPhoto(["facebook"]);
      const submissionId = await approvedWith(assetId, ["facebook"]);
      const post = await comms.posts.schedule.mutate({ submissionId, accountId: account("facebook"), publishAt: inMinutes(1) });
      h.clock.advance(60_000);
      await runWorker();
      await ig.consent.withdraw.mutate({ id: consentIds[0]!, reason: "Withdrawn at the clinic." });
      expect((await comms.posts.get.query({ id: post.id })).state).toBe("published");
      const open = await comms.takedowns.list.query({ state: "open" });
      expect(open.find((t) => t.postId === post.id)).toMatchObject({ cause: "consent_withdrawn", postState: "published" });
      expect(await codeOf(dept.takedowns.list.query())).toBe("FORBIDDEN");
      await comms.posts.takedown.mutate({ id: post.id, reason: "Consent withdrawn" });
      expect((await comms.takedowns.list.query({ state: "open" })).find((t) => t.postId === post.id)).toBeUndefined();
    } finally {
      await admin.settings.updateConsent.mutate({ automaticTakedown: true });
    }
  });

  it("takes a colleague's request to remove a post through the same takedown path", async () => {
    const assetId = await uploaded(h.app, dept, await picture(), "colleagues.jpg");
    await dept.assets.declarePeople.mutate({ id: assetId, people: "identifiable" });
    await ig.consent.create.mutate({ subjectName: "Pat Staff", subjectKind: "staff", platforms: ["linkedin"], expiresAt: null, evidence: "Email of 2 Dec", assetIds: [assetId] });
    await ig.consent.create.mutate({ subjectName: "Chris Staff", subjectKind: "staff", platforms: ["linkedin"], expiresAt: null, evidence: "Email of 2 Dec", assetIds: [assetId] });
    await brandReady(comms, brand, assetId);
    const submissionId = await approvedWith(assetId, ["linkedin"]);
    const post = await comms.posts.schedule.mutate({ submissionId, accountId: account("linkedin"), publishAt: inMinutes(1) });
    h.clock.advance(60_000);
    await runWorker();
    const colleague = await h.newUser("chris.staff@demo.gatehouse.test", ["contributor"], "Community Services");
    await colleague.takedowns.request.mutate({ postId: post.id, reason: "I no longer want my photo on the trust's LinkedIn." });
    const task = (await comms.takedowns.list.query({ state: "open" })).find((t) => t.postId === post.id)!;
    expect(task).toMatchObject({ cause: "removal_request", requestedBy: "chris.staff" });
    await comms.posts.takedown.mutate({ id: post.id, reason: "Removed at a colleague's request (NWL §6.11)." });
    expect((await comms.takedowns.list.query({ state: "done" })).find((t) => t.id === task.id)).toBeDefined();
  });
});

describe("expiry", () => {
  it("warns 30 days ahead, then treats an expired consent like a withdrawal", async () => {
    const { assetId, consentIds } = await consentedPhoto(["mastodon"], undefined, inDays(20));
    const submissionId = await approvedWith(assetId, ["mastodon"]);
    const published = await comms.posts.schedule.mutate({ submissionId, accountId: account("mastodon"), publishAt: inMinutes(1) });
    h.clock.advance(60_000);
    await runWorker();
    // The worker sweeps too, when idle: stop it, so what follows is this test's sweep alone.
    await worker!.stop();
    worker = null;

    await sweepConsents(h.deps);
    expect((await ig.notifications.list.query()).items.some((n) => n.kind === "consent_expiring" && n.link === `/consents/${consentIds[0]}`)).toBe(true);
    expect((await sweepConsents(h.deps)).warned).toBe(0);

    h.clock.advance(21 * 86_400_000);
    await sweepConsents(h.deps);
    // Three weeks on: sign in again.
    comms = await h.as(DEMO.comms);
    expect((await comms.posts.get.query({ id: published.id })).state).toBe("taken_down");
    expect((await eventsFor(h.deps.db, "consent", consentIds[0]!)).map((e) => e.action)).toEqual(["consent.recorded", "consent.expiry_warned", "consent.expired"]);
    expect((await sweepConsents(h.deps)).expired).toBe(0);
  });
});
