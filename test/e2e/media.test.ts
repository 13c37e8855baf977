import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { BRIEF, call } from "./api.ts";
import { signIn } from "./browser.ts";
import { useBrowserSession } from "./session.ts";

const session = useBrowserSession({ WORKER_POLL_MS: "500" });
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-media-e2e-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A published X post (no pictures), made through the API by the demo users. */
async function publishedPost(dept: Page, comms: Page, comms2: Page, title: string): Promise<string> {
  const url = session.server.url;
  const accounts = await call<{ id: string; platform: string }[]>(dept, url, "accounts.list", undefined, "query");
  const x = accounts.find((a) => a.platform === "x")!.id;
  const { id } = await call<{ id: string }>(dept, url, "submissions.create", { title, brief: BRIEF, text: `${title}: see you there.`, targetAccountIds: [x] });
  await call(dept, url, "submissions.submit", { id });
  await call(comms2, url, "review.approve", { id });
  const post = await call<{ id: string }>(comms, url, "posts.schedule", { submissionId: id, accountId: x, publishAt: new Date().toISOString() });
  for (let i = 0; i < 60; i++) {
    if ((await call<{ state: string }>(comms, url, "posts.get", { id: post.id }, "query")).state === "published") return post.id;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${title} was not published`);
}

describe("pictures and takedowns in the browser", () => {
  it("uploads several files at once: a bad one is refused with its reason and the good one is kept", async () => {
    const url = session.server.url;
    const dept = session.page;
    await signIn(dept, url, "dept@demo.gatehouse.test");

    const good = path.join(scratch, "sunrise.png");
    await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 240, g: 160, b: 40 } } })
      .png()
      .toFile(good);
    const fake = path.join(scratch, "notes.jpg");
    fs.writeFileSync(fake, "These are meeting notes, not a photo.");
    const gif = path.join(scratch, "animation.gif");
    fs.writeFileSync(gif, Buffer.from("R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==", "base64"));

    await dept.goto(`${url}/assets/upload`);
    await dept.getByLabel("Choose photos").setInputFiles([good, fake, gif]);
    const item = (name: string) => dept.locator("li.app-upload").filter({ hasText: name });
    await item("animation.gif").getByText("is not a JPEG, PNG, WebP or HEIC photo").waitFor();
    await item("notes.jpg").locator(".nhsuk-error-message").waitFor({ timeout: 60_000 });
    expect(await item("notes.jpg").innerText()).toContain("not a photo");
    await item("sunrise.png").getByRole("link", { name: /Open sunrise\.png/ }).waitFor({ timeout: 60_000 });
    expect(await item("sunrise.png").innerText()).toContain("No faces were found.");

    // The focal point, set from the keyboard; then by selecting a point on the picture.
    await item("sunrise.png").getByRole("link", { name: /Open sunrise\.png/ }).click();
    await dept.getByRole("heading", { name: /sunrise\.png/ }).waitFor();
    await dept.getByLabel("Across, from the left (%)").fill("20");
    await dept.getByLabel("Down, from the top (%)").fill("130");
    await dept.getByRole("button", { name: "Save focal point" }).click();
    await dept.locator(".nhsuk-error-summary").getByText("Enter a number from 0 to 100 for how far down").waitFor();
    await dept.getByLabel("Down, from the top (%)").fill("30");
    await dept.getByRole("button", { name: "Save focal point" }).click();
    await dept.getByText("The focal point is saved.").waitFor();
    const asset = await call<{ focalPoint: { x: number; y: number } }>(dept, url, "assets.get", { id: /\/assets\/([^/?#]+)/.exec(dept.url())![1] }, "query");
    expect(asset.focalPoint).toEqual({ x: 0.2, y: 0.3 });
    await dept.locator(".app-picture__image").click({ position: { x: 10, y: 10 } });
    expect(Number(await dept.getByLabel("Across, from the left (%)").inputValue())).toBeLessThan(10);

    // The library filters by who is in the picture.
    await dept.goto(`${url}/assets?people=undeclared`);
    await dept.getByRole("img", { name: "sunrise.png" }).waitFor();
    await dept.getByLabel("People in the picture").selectOption("identifiable");
    await dept.getByRole("button", { name: "Apply filters" }).click();
    await dept.getByText("No pictures match.").waitFor();
  });

  it("sends a label, tags, caption and alt text with the photos, and shows the server's reason when one is refused", async () => {
    const url = session.server.url;
    const dept = session.page;
    await signIn(dept, url, "dept@demo.gatehouse.test");
    const photo = path.join(scratch, "blood-donors.png");
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 180, g: 30, b: 60 } } })
      .png()
      .toFile(photo);

    await dept.goto(`${url}/assets/upload`);
    await dept.getByText("Label, tags, caption and alt text (optional)").click();
    await dept.getByLabel("OFFICIAL", { exact: true }).check();
    await dept.getByLabel("Events", { exact: true }).check();
    await dept.getByLabel("Other tags").fill(`Blaydon, ${"a very long tag that goes on and on past fifty characters"}`);
    await dept.getByLabel("Caption").fill("Donors at the Blaydon session");
    await dept.getByLabel("Alt text").fill("Three blood donors resting after giving blood");
    await dept.getByText("45 characters used.").waitFor();
    await dept.getByLabel("Choose photos").setInputFiles(photo);
    const refused = dept.locator("li.app-upload").filter({ hasText: "blood-donors.png" }).first();
    await refused.getByText("Use 20 tags or fewer, each of 50 characters or fewer.").waitFor({ timeout: 60_000 });

    await dept.getByLabel("Other tags").fill("Blaydon");
    await dept.getByLabel("Choose photos").setInputFiles(photo);
    await dept.getByRole("link", { name: /Open blood-donors\.png/ }).click({ timeout: 60_000 });
    await dept.getByRole("heading", { name: /blood-donors\.png/ }).waitFor();
    expect(await dept.getByLabel("Events", { exact: true }).isChecked()).toBe(true);
    expect(await dept.getByLabel("OFFICIAL", { exact: true }).isChecked()).toBe(true);
    expect(await dept.getByLabel("Other tags").inputValue()).toBe("Blaydon");
    expect(await dept.getByLabel("Caption").inputValue()).toBe("Donors at the Blaydon session");
    expect(await dept.getByLabel("Alt text").inputValue()).toBe("Three blood donors resting after giving blood");
    await dept.getByText("Waiting for brand review").first().waitFor();
  });

  it("lets a colleague ask for a post to come down, and comms take one down and close the other", async () => {
    const url = session.server.url;
    const dept = session.page;
    const comms = await session.newPerson();
    const comms2 = await session.newPerson();
    const admin = await session.newPerson();
    await Promise.all([
      signIn(dept, url, "dept@demo.gatehouse.test"),
      signIn(comms, url, "comms@demo.gatehouse.test"),
      signIn(comms2, url, "comms2@demo.gatehouse.test"),
      signIn(admin, url, "admin@demo.gatehouse.test"),
    ]);

    // The admin chooses to have consent takedowns listed rather than done at once.
    await admin.goto(`${url}/settings`);
    const automatic = admin.getByLabel("Automatic takedown when consent ends");
    expect(await automatic.isChecked()).toBe(true);
    await automatic.uncheck();
    await admin.getByRole("button", { name: "Save consent settings" }).click();
    await admin.getByText(/listed for the communications team to take down/).waitFor();

    const first = await publishedPost(dept, comms, comms2, "Open day at Ward 5");
    const second = await publishedPost(dept, comms, comms2, "Blood donor session");

    for (const [postId, reason] of [
      [first, "I am in the photo and did not agree to it."],
      [second, "The session has been cancelled."],
    ] as const) {
      await dept.goto(`${url}/posts/${postId}`);
      await dept.getByRole("heading", { name: "Ask for this post to be taken down" }).waitFor();
      if (postId === first) {
        await dept.getByRole("button", { name: "Ask for it to be taken down" }).click();
        await dept.locator(".nhsuk-error-summary").getByText("Say why the post should come down.").waitFor();
      }
      await dept.getByLabel("Why should it come down?").fill(reason);
      await dept.getByRole("button", { name: "Ask for it to be taken down" }).click();
      await dept.getByText("Your request is sent.").waitFor();
    }

    await comms.goto(`${url}/takedowns`);
    const task = (title: string) => comms.locator("section", { has: comms.getByRole("heading", { name: title }) });
    await task("Open day at Ward 5").waitFor();
    expect(await task("Open day at Ward 5").getByLabel("Reason for taking it down").inputValue()).toBe("I am in the photo and did not agree to it.");
    await comms.getByRole("button", { name: "Take it down now for Open day at Ward 5" }).click();
    await comms.getByText('"Open day at Ward 5" has been taken down from X.').waitFor();

    await task("Blood donor session").getByLabel("Or close it without taking the post down through Gatehouse").fill("Checked with the department: it can stay.");
    await comms.getByRole("button", { name: "Close without taking down for Blood donor session" }).click();
    await comms.getByText('The takedown task for "Blood donor session" is closed.').waitFor();
    await comms.getByText("Nothing is waiting.").waitFor();
    const done = await comms.getByRole("table", { name: "Takedowns done" }).innerText();
    expect(done).toContain("Open day at Ward 5");
    expect(done).toContain("Checked with the department: it can stay.");
    expect((await call<{ state: string }>(comms, url, "posts.get", { id: first }, "query")).state).toBe("taken_down");
    expect((await call<{ state: string }>(comms, url, "posts.get", { id: second }, "query")).state).toBe("published");
  });

  it("says everything missing from a consent at once, links each message to its field, and links more pictures later", async () => {
    const url = session.server.url;
    const dept = session.page;
    await signIn(dept, url, "dept@demo.gatehouse.test");
    const files = [];
    for (const [name, colour] of [
      ["green-room.png", { r: 20, g: 160, b: 40 }],
      ["red-room.png", { r: 200, g: 20, b: 40 }],
    ] as const) {
      const file = path.join(scratch, name);
      await sharp({ create: { width: 600, height: 400, channels: 3, background: colour } }).png().toFile(file);
      files.push(file);
    }
    await dept.goto(`${url}/assets/upload`);
    await dept.getByLabel("Choose photos").setInputFiles(files);
    await dept.getByRole("link", { name: /Open red-room\.png/ }).waitFor({ timeout: 60_000 });

    const ig = await session.newPerson();
    await signIn(ig, url, "ig@demo.gatehouse.test");
    await ig.goto(`${url}/consents/new`);
    await ig.getByRole("button", { name: "Record consent" }).click();
    const summary = ig.locator(".nhsuk-error-summary");
    await summary.waitFor();
    for (const message of ["Give the person's name.", "Choose at least one platform the person agreed to.", "Say where the signed consent form is kept"]) {
      await summary.getByText(message).waitFor();
    }
    await summary.getByRole("link", { name: "Choose at least one platform the person agreed to." }).click();
    expect(await ig.evaluate(() => document.activeElement?.id)).toBe("platforms");

    await ig.getByLabel("Full name").fill("Pat Public");
    await ig.getByLabel("Member of the public", { exact: true }).check();
    await ig.getByRole("group", { name: "Platforms" }).getByLabel("X").check();
    await ig.getByLabel("Where the signed consent form is kept").fill("Main reception consent folder");
    await ig.getByText("Add pictures from the library").click();
    await ig.getByRole("checkbox", { name: /green-room\.png/ }).check();
    await ig.getByRole("button", { name: "Record consent" }).click();
    await ig.getByText("Consent recorded.").waitFor();

    await ig.getByText("Add pictures from the library").click();
    await ig.getByRole("checkbox", { name: /red-room\.png/ }).check();
    await ig.getByRole("button", { name: "Link the picture" }).click();
    await ig.getByText("The picture is linked to this consent.").waitFor();
    const linked = ig.locator(".app-linked-pictures");
    await linked.getByRole("link", { name: "red-room.png" }).waitFor();
    await linked.getByRole("link", { name: "green-room.png" }).waitFor();
  });
});
