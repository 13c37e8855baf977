import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { toLondon } from "../../packages/policy/src/index.ts";
import { BRIEF, call } from "./api.ts";
import { signIn } from "./browser.ts";
import { useBrowserSession } from "./session.ts";

const session = useBrowserSession({ WORKER_POLL_MS: "500" });
const FACES = fileURLToPath(new URL("../fixtures/faces/sample1.jpg", import.meta.url));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-consent-e2e-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const INSTAGRAM = "Instagram – @demonhstrust";
const X = "X – @DemoNHSTrust";
const ALT = "Two nurses smiling at the camera on Ward 3";

function nav(page: Page) {
  return page.getByRole("navigation", { name: "Primary navigation" });
}

/** The first London minute at least `seconds` from now. */
function londonMinuteAhead(seconds: number) {
  return toLondon(new Date(Math.ceil((Date.now() + seconds * 1000) / 60_000) * 60_000));
}

/** A photo of two people: the crop of the fixture the API tests use too. */
async function twoPeoplePhoto(): Promise<string> {
  const file = path.join(scratch, "ward-team.jpg");
  await sharp(FACES).extract({ left: 300, top: 200, width: 800, height: 600 }).jpeg().toFile(file);
  return file;
}

function idFrom(page: Page, area: string): string {
  return new RegExp(`/${area}/([^/?#]+)`).exec(page.url())![1]!;
}

async function waitForState(page: Page, postId: string, state: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if ((await call<{ state: string }>(page, session.server.url, "posts.get", { id: postId }, "query")).state === state) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`post ${postId} never became ${state}`);
}

/** The IG officer records one person's consent for Instagram only, from the picture's page. */
async function recordConsent(ig: Page, assetId: string, person: { name: string; kind: string; face: string }, signedForm?: string): Promise<string> {
  await ig.goto(`${session.server.url}/assets/${assetId}`);
  await ig.getByRole("link", { name: "Record consent for a person in this photo" }).click();
  await ig.getByRole("heading", { name: "Record consent" }).waitFor();
  await ig.getByLabel("Full name").fill(person.name);
  await ig.getByLabel(person.kind, { exact: true }).check();
  await ig.getByRole("group", { name: "Platforms" }).getByLabel("Instagram").check();
  await ig.getByLabel("Where the signed consent form is kept").fill("Ward 3 consent folder");
  const face = ig.getByLabel("Which face in ward-team.jpg is this person?");
  await face.selectOption(person.face);
  if (signedForm) await ig.getByLabel("A scan or photo of the signed form (optional)").setInputFiles(signedForm);
  await ig.getByRole("button", { name: "Record consent" }).click();
  await ig.waitForURL(/\/consents\/(?!new\b)[^/?#]+$/);
  return idFrom(ig, "consents");
}

describe("media and the consent gate", () => {
  it("uploads a photo of two people, records their consent for Instagram, publishes, and a withdrawal blocks and takes down", async () => {
    const url = session.server.url;

    // A contributor uploads a photo of two people and sees both faces boxed.
    const dept = session.page;
    await signIn(dept, url, "dept@demo.gatehouse.test");
    await dept.goto(`${url}/assets/upload`);
    await dept.getByLabel("Choose photos").setInputFiles(await twoPeoplePhoto());
    await dept.getByRole("link", { name: /Open ward-team\.jpg/ }).click({ timeout: 60_000 });
    await dept.getByText("2 faces were found.").waitFor();
    expect(await dept.locator(".app-face-box").count()).toBe(2);
    expect(await dept.locator(".app-face-box").allInnerTexts()).toEqual(["1", "2"]);
    const assetId = idFrom(dept, "assets");

    // They declare the people identifiable; then describe the picture for people who cannot see it, label it and tag it.
    await dept.getByLabel("Identifiable people", { exact: true }).check();
    await dept.getByRole("button", { name: "Save who is in the picture" }).click();
    await dept.getByText("Saved: identifiable people.").waitFor();
    await dept.getByLabel("Alt text").fill(ALT);
    await dept.getByLabel("OFFICIAL", { exact: true }).check();
    await dept.getByLabel("Our people", { exact: true }).check();
    await dept.getByRole("button", { name: "Save details" }).click();
    await dept.getByText("The picture's details are saved.").waitFor();
    await dept.getByText("Nothing is wrong with the picture itself.").waitFor();

    // They submit content with that picture for Instagram and X; the missing consent is a warning they confirm.
    await nav(dept).getByRole("link", { name: "Submit content" }).click();
    await dept.getByLabel("Title").fill("Meet the Ward 3 team");
    await dept.getByLabel("What should this achieve?").fill(BRIEF.objective);
    await dept.getByLabel("Who is it for?").fill(BRIEF.audience);
    await dept.getByLabel("Key messages").fill(BRIEF.keyMessages);
    await dept.getByLabel("How will you measure success?").fill(BRIEF.measure);
    await dept.getByLabel(INSTAGRAM).check();
    await dept.getByLabel(X).check();
    await dept.getByLabel("Post text").fill("Meet two of the nurses who keep Ward 3 running day and night.");
    await dept.getByRole("checkbox", { name: /ward-team\.jpg/ }).check();
    await dept.getByText(/no consent is recorded for it/).first().waitFor();
    await dept.getByLabel("I have checked the warnings").check();
    await dept.getByRole("button", { name: "Send to the communications team" }).click();
    await dept.getByText("Your submission has been sent to the communications team").waitFor();
    const submissionId = idFrom(dept, "submissions");

    // The IG officer records each person's consent for Instagram only, with the face that is them.
    // The first signed form is not really a PDF: the record is kept, and the form goes up again from its page.
    const ig = await session.newPerson();
    await signIn(ig, url, "ig@demo.gatehouse.test");
    const badForm = path.join(scratch, "signed-form.pdf");
    fs.writeFileSync(badForm, "this is not a PDF");
    const first = await recordConsent(ig, assetId, { name: "Alex Patient", kind: "Patient", face: "1" }, badForm);
    await ig.getByText("The consent is recorded, but the signed form was not uploaded").waitFor();
    const goodForm = path.join(scratch, "signed-form-scan.pdf");
    fs.writeFileSync(goodForm, "%PDF-1.4\n% a signed consent form\n%%EOF\n");
    await ig.getByLabel("Upload the signed form").setInputFiles(goodForm);
    await ig.getByRole("button", { name: "Upload", exact: true }).click();
    await ig.getByText("The signed form is uploaded.").waitFor();
    await ig.getByRole("link", { name: /Download the signed form/ }).waitFor();
    await recordConsent(ig, assetId, { name: "Sam Relative", kind: "Relative or carer", face: "2" });
    await ig.getByText("Consent recorded.").waitFor();
    await ig.goto(`${url}/assets/${assetId}`);
    const platformRow = (platform: string) => ig.locator("tr", { has: ig.locator("td:first-child", { hasText: new RegExp(`^${platform}$`) }) });
    await platformRow("Instagram").getByText("Yes", { exact: true }).waitFor();
    expect(await platformRow("X").innerText()).toContain("does not cover X");

    // A brand guardian checks the picture as each platform will get it, and approves it.
    const brand = await session.newPerson();
    await signIn(brand, url, "brand@demo.gatehouse.test");
    await brand.goto(`${url}/assets/${assetId}`);
    await brand.getByRole("heading", { name: "Brand review", level: 2 }).waitFor();
    await brand.getByRole("button", { name: "Approve for the brand" }).click();
    await brand.getByText("The picture is approved for the brand. It can now be scheduled.").waitFor();

    // A second comms officer approves.
    const comms2 = await session.newPerson();
    await signIn(comms2, url, "comms2@demo.gatehouse.test");
    await comms2.goto(`${url}/review/${submissionId}`);
    await comms2.getByRole("button", { name: "Approve", exact: true }).click();
    await comms2.getByText("Submission approved").waitFor();

    // The comms officer schedules Instagram for the next minute, and X is refused for want of consent.
    const comms = await session.newPerson();
    await signIn(comms, url, "comms@demo.gatehouse.test");
    await comms.goto(`${url}/review/${submissionId}`);
    const when = londonMinuteAhead(45);
    const group = comms.getByRole("group", { name: `When to publish to ${INSTAGRAM}` });
    await group.getByLabel("Date").fill(when.date);
    await group.getByLabel("Time").fill(when.time);
    await comms.getByRole("button", { name: `Schedule for ${INSTAGRAM}` }).click();
    await comms.getByText(`Scheduled for ${INSTAGRAM}`).waitFor();
    await comms.getByRole("button", { name: `Schedule for ${X}` }).click();
    const summary = comms.locator(".nhsuk-error-summary");
    await summary.getByText(/Must fix: .*does not cover X/).waitFor();
    expect(await summary.innerText()).toContain("CO23 §3.5.2");
    await comms.getByRole("link", { name: "View the post" }).first().click();
    const publishedId = idFrom(comms, "posts");

    // A second submission with the same picture, scheduled days ahead (set up through the API).
    const accounts = await call<{ id: string; platform: string }[]>(dept, url, "accounts.list", undefined, "query");
    const instagram = accounts.find((a) => a.platform === "instagram")!.id;
    const second = await call<{ id: string }>(dept, url, "submissions.create", {
      title: "Ward 3 open day",
      brief: BRIEF,
      text: "Come and meet the Ward 3 team at our open day.",
      targetAccountIds: [instagram],
      assetIds: [assetId],
    });
    await call(dept, url, "submissions.submit", { id: second.id });
    await call(comms2, url, "review.approve", { id: second.id });
    const scheduled = await call<{ id: string }>(comms, url, "posts.schedule", {
      submissionId: second.id,
      accountId: instagram,
      publishAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    });

    // The Instagram post goes out at its time, picture and alt text with it.
    await waitForState(comms, publishedId, "published");
    await comms.goto(`${url}/posts/${publishedId}`);
    await comms.getByRole("link", { name: "View on Instagram (sandbox)" }).click();
    const card = comms.locator("article.app-feed__post").filter({ hasText: "Meet two of the nurses" });
    await card.getByRole("img", { name: ALT }).waitFor();

    // The IG officer records that one person withdrew: the scheduled post is blocked, the published one taken down.
    await ig.goto(`${url}/consents/${first}`);
    await ig.getByLabel("How and when did the person withdraw their consent?").fill("Phoned the communications team this morning.");
    await ig.getByRole("button", { name: "Withdraw consent" }).click();
    await ig.getByText(/Consent withdrawn\. 1 scheduled post was blocked, and 1 published post must come down\./).waitFor();
    await ig.getByRole("heading", { name: "What this did" }).waitFor();
    const did = ig.locator("section", { has: ig.getByRole("heading", { name: "What this did" }) });
    await did.getByRole("link", { name: "Ward 3 open day" }).waitFor();
    await did.getByRole("link", { name: "Meet the Ward 3 team" }).waitFor();
    expect(await did.innerText()).toContain("Taken down");
    await ig.getByRole("heading", { name: "What is left to do" }).waitFor();

    await comms.goto(`${url}/posts/${scheduled.id}`);
    await comms.getByRole("heading", { name: "Why it was blocked" }).waitFor();
    expect(await comms.locator(".nhsuk-tag").first().innerText()).toBe("Blocked");
    expect(await comms.getByText(/withdrew their consent/).count()).toBeGreaterThan(0);
    await comms.goto(`${url}/posts/${publishedId}`);
    await comms.getByText(/Taken down on/).waitFor();
    expect(await comms.locator(".nhsuk-tag").first().innerText()).toBe("Taken down");
    await comms.goto(`${url}/sandbox/${instagram}`);
    await comms.getByRole("heading", { name: /Sandbox feed/ }).waitFor();
    expect(await comms.getByText("Meet two of the nurses").count()).toBe(0);

    // The admin's audit log shows every step.
    const admin = await session.newPerson();
    await signIn(admin, url, "admin@demo.gatehouse.test");
    const logOf = async (entityId: string) => {
      await admin.goto(`${url}/audit?entityId=${entityId}`);
      await admin.getByRole("heading", { name: "Audit log" }).waitFor();
      return admin.getByRole("table").innerText();
    };
    const consentLog = await logOf(first);
    expect(consentLog).toContain("consent.recorded");
    expect(consentLog).toContain("consent.withdrawn");
    expect(await logOf(scheduled.id)).toContain("post.blocked");
    expect(await logOf(publishedId)).toContain("post.taken_down");
    expect(await logOf(assetId)).toContain("asset.people_declared");
  }, 420_000);
});
