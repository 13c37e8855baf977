import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { BRIEF, call } from "./api.ts";
import { signIn } from "./browser.ts";
import { useBrowserSession } from "./session.ts";

const session = useBrowserSession();

const TEXT =
  "Flu jabs are free for everyone over 65 and for carers. Walk in to any of our clinics on Tuesdays between 9am and 5pm, no appointment needed. " +
  "Bring your NHS app or a letter if you have one. Find your nearest clinic at https://www.nhs.uk/flu-vaccine";

/** A text-only submission to the demo accounts on these platforms, sent to the communications team by the contributor. */
async function submitted(dept: Page, platforms: string[], text: string): Promise<string> {
  const url = session.server.url;
  const accounts = await call<{ id: string; platform: string }[]>(dept, url, "accounts.list", undefined, "query");
  const targetAccountIds = platforms.map((p) => accounts.find((a) => a.platform === p)!.id);
  const { id } = await call<{ id: string }>(dept, url, "submissions.create", { title: "Preview test", brief: BRIEF, text, targetAccountIds });
  await call(dept, url, "submissions.submit", { id });
  return id;
}

const preview = (page: Page, platform: string) => page.locator(`.app-preview[data-platform="${platform}"]`);

describe("previews of a post on each platform", () => {
  it("shows the comms officer scheduling a text-only post how each feed will show it, and what Instagram will refuse", async () => {
    const url = session.server.url;
    const dept = session.page;
    const comms = await session.newPerson();
    const comms2 = await session.newPerson();
    await signIn(dept, url, "dept@demo.gatehouse.test");
    await signIn(comms, url, "comms@demo.gatehouse.test");
    await signIn(comms2, url, "comms2@demo.gatehouse.test");
    const id = await submitted(dept, ["x", "instagram", "linkedin"], TEXT);
    await call(comms2, url, "review.approve", { id });

    await comms.goto(`${url}/review/${id}`);
    await comms.getByRole("heading", { name: "Schedule", level: 2 }).waitFor();
    await comms.getByRole("heading", { name: "How it will look on X", level: 4 }).waitFor();
    await comms.getByRole("button", { name: "Schedule for X – @DemoNHSTrust" }).waitFor();

    // X: the whole text fits, and with no picture the link becomes a card
    const x = preview(comms, "x");
    expect(await x.innerText()).toContain("Find your nearest clinic at www.nhs.uk/flu-vaccine");
    expect(await x.getByRole("button", { name: /see more/i }).count()).toBe(0);
    expect(await x.getByText("Will be refused").count()).toBe(0);
    expect(await x.locator(".app-preview__card").innerText()).toContain("nhs.uk");

    // Instagram: refused without a picture, the link not clickable, the caption folded after about 125 characters
    const instagram = preview(comms, "instagram");
    const warnings = await instagram.locator(".app-preview__warnings").innerText();
    expect(warnings).toContain("Will be refused");
    expect(warnings).toContain("Instagram needs a picture: it will refuse a post of text only.");
    expect(warnings).toContain("nhs.uk will be plain text");
    expect(await instagram.locator(".app-preview__card").count()).toBe(0);
    const more = instagram.getByRole("button", { name: "… more" });
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    expect(await instagram.locator(".app-feed__text").innerText()).not.toContain("Bring your NHS app");
    await more.click();
    await instagram.getByRole("button", { name: "see less" }).waitFor();
    expect(await instagram.locator(".app-feed__text").innerText()).toContain("Bring your NHS app");

    // LinkedIn folds after about 210 characters
    const linkedin = preview(comms, "linkedin");
    expect(await linkedin.getByRole("button", { name: "…see more" }).count()).toBe(1);
    // and makes no card from a link in the text (the API would need one sent with the post)
    expect(await linkedin.locator(".app-preview__card").count()).toBe(0);
    expect(await linkedin.innerText()).toContain('LinkedIn shows about the first 210 characters, then "…see more".');
  });

  it("follows the X copy as the reviewer edits it, marking what is over the limit", async () => {
    const url = session.server.url;
    const dept = session.page;
    const comms = await session.newPerson();
    await signIn(dept, url, "dept@demo.gatehouse.test");
    await signIn(comms, url, "comms@demo.gatehouse.test");
    const id = await submitted(dept, ["x"], "Flu jabs are free for everyone over 65.");

    await comms.goto(`${url}/review/${id}`);
    const x = preview(comms, "x");
    await x.getByText("Flu jabs are free for everyone over 65.").waitFor();
    expect(await x.getByText("Will be refused").count()).toBe(0);

    const long = "Flu jabs are free for everyone over 65 and for carers. ".repeat(6);
    await comms.getByLabel("Copy for X – @DemoNHSTrust").fill(long);
    await x.getByText("Over the limit: X will refuse it.", { exact: false }).waitFor();
    expect(await x.locator(".app-preview__warnings").innerText()).toContain("Will be refused");
    expect(await x.locator(".app-preview__warnings").innerText()).toContain("This is 330 weighted characters (links count as 23); the limit is 280. Shorten it by 50.");
    // the last 50 characters are marked in words, not by colour alone
    const over = await x.locator("mark.app-preview__over").innerText();
    expect(over.startsWith("Over the limit:")).toBe(true);
    expect(over.replace("Over the limit:", "").trim()).toBe(long.slice(280).trim());
  });
});
