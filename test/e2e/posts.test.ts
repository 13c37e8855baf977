import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { toLondon } from "../../packages/policy/src/index.ts";
import { BRIEF, call } from "./api.ts";
import { signIn } from "./browser.ts";
import { useBrowserSession } from "./session.ts";

const session = useBrowserSession({ WORKER_POLL_MS: "500" });

/** An approved submission scheduled on the X account, made through the API by the demo users. */
async function scheduledPost(dept: Page, comms: Page, comms2: Page, publishAt: Date, text: string): Promise<string> {
  const url = session.server.url;
  const accounts = await call<{ id: string; platform: string }[]>(dept, url, "accounts.list", undefined, "query");
  const x = accounts.find((a) => a.platform === "x")!.id;
  const { id } = await call<{ id: string }>(dept, url, "submissions.create", { title: "Calendar test", brief: BRIEF, text, targetAccountIds: [x] });
  await call(dept, url, "submissions.submit", { id });
  await call(comms2, url, "review.approve", { id });
  const post = await call<{ id: string }>(comms, url, "posts.schedule", { submissionId: id, accountId: x, publishAt: publishAt.toISOString() });
  return post.id;
}

async function people() {
  const url = session.server.url;
  const dept = session.page;
  const comms = await session.newPerson();
  const comms2 = await session.newPerson();
  await signIn(dept, url, "dept@demo.gatehouse.test");
  await signIn(comms, url, "comms@demo.gatehouse.test");
  await signIn(comms2, url, "comms2@demo.gatehouse.test");
  return { url, dept, comms, comms2 };
}

describe("posts in the browser", () => {
  it("reschedules a post by dragging it to another day on the calendar, keeping its UK time", async () => {
    const { url, dept, comms, comms2 } = await people();
    const inTenDays = new Date(Date.now() + 10 * 86_400_000);
    inTenDays.setUTCHours(9, 30, 0, 0);
    const postId = await scheduledPost(dept, comms, comms2, inTenDays, "Drag me to another day.");
    const from = toLondon(inTenDays);
    const to = toLondon(new Date(inTenDays.getTime() + 86_400_000));

    await comms.goto(`${url}/calendar?view=month&date=${from.date}`);
    const chip = comms.locator(`a.app-chip[data-post-id="${postId}"]`);
    await chip.waitFor();
    expect(await chip.getAttribute("draggable")).toBe("true");
    // by mouse, step by step, as a person drags
    const target = comms.locator(`td[data-date="${to.date}"]`);
    await chip.hover();
    await comms.mouse.down();
    await target.hover({ position: { x: 20, y: 40 } });
    await target.hover({ position: { x: 30, y: 50 } });
    await comms.mouse.up();
    await comms.getByText(/moved to/).first().waitFor();
    const post = await call<{ publishAt: string }>(comms, url, "posts.get", { id: postId }, "query");
    expect(toLondon(new Date(post.publishAt))).toEqual({ date: to.date, time: from.time });

    // a contributor sees the post but can move nothing
    await dept.goto(`${url}/calendar?view=month&date=${to.date}`);
    await dept.locator(`a.app-chip[data-post-id="${postId}"]`).waitFor();
    expect(await dept.locator(`a.app-chip[data-post-id="${postId}"]`).getAttribute("draggable")).not.toBe("true");
    await dept.goto(`${url}/posts/${postId}`);
    await dept.getByRole("heading", { name: "Post text" }).waitFor();
    expect(await dept.getByRole("button", { name: "Reschedule" }).count()).toBe(0);
    expect(await dept.getByRole("button", { name: "Cancel post" }).count()).toBe(0);
  });

  it("takes a published post down with a reason, and the sandbox feed no longer shows it", async () => {
    const { url, dept, comms, comms2 } = await people();
    const postId = await scheduledPost(dept, comms, comms2, new Date(), "Take me down, please.");
    for (let i = 0; i < 40; i++) {
      if ((await call<{ state: string }>(comms, url, "posts.get", { id: postId }, "query")).state === "published") break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await comms.goto(`${url}/posts/${postId}`);
    const feedUrl = await comms.getByRole("link", { name: "View on X (sandbox)" }).getAttribute("href");
    await comms.getByRole("button", { name: "Take the post down" }).click();
    await comms.getByText("There is a problem").first().waitFor();
    await comms.getByLabel("Reason for taking it down").fill("The clinic date was wrong.");
    await comms.getByRole("button", { name: "Take the post down" }).click();
    await comms.getByText(/has been taken down from X/).waitFor();
    expect(await comms.getByText("Taken down").count()).toBeGreaterThan(0);

    await comms.goto(`${url}${feedUrl!.replace(/^https?:\/\/[^/]+/, "")}`);
    await comms.getByRole("heading", { name: /Sandbox feed/ }).waitFor();
    expect(await comms.getByText("Take me down, please.").count()).toBe(0);

    // and a contributor cannot take a post down through the API either
    expect((await dept.request.post(`${url}/trpc/posts.takedown`, { data: { id: postId, reason: "mine" } })).status()).toBe(403);
  });

  it("tells the comms officer when a post fails, with a badge until they have read it", async () => {
    const { url, dept, comms, comms2 } = await people();
    const admin = await session.newPerson();
    await signIn(admin, url, "admin@demo.gatehouse.test");
    const accounts = await call<{ id: string; platform: string }[]>(admin, url, "accounts.list", undefined, "query");
    await call(admin, url, "sandbox.setFault", { accountId: accounts.find((a) => a.platform === "x")!.id, mode: "permanent", count: 1 });
    await call(comms, url, "notifications.markRead", { ids: "all" });
    const postId = await scheduledPost(dept, comms, comms2, new Date(), "This one will be refused.");

    await comms.goto(`${url}/calendar`);
    const badge = comms.getByRole("link", { name: /Notifications \d+ unread/ });
    await badge.waitFor({ timeout: 60_000 });
    await badge.click();
    const item = comms.getByRole("link", { name: /failed: The platform refused the post/ }).first();
    await item.waitFor();
    expect(await item.getAttribute("href")).toBe(`/posts/${postId}`);
    await comms.getByRole("button", { name: "Mark all as read" }).click();
    await comms.getByText("All your notifications are marked as read.").waitFor();
    expect(await comms.getByRole("link", { name: /unread/ }).count()).toBe(0);
  });
});
