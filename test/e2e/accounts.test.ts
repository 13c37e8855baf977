import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signIn } from "./browser.ts";
import { useBrowserSession } from "./session.ts";

const session = useBrowserSession();

function nav(p: Page) {
  return p.getByRole("navigation", { name: "Primary navigation" });
}

describe("official accounts in the browser", () => {
  it("lets an admin register an account and grant a comms officer, who then sees they can publish", async () => {
    await signIn(session.page, session.server.url, "admin@demo.gatehouse.test");
    await session.page.goto(`${session.server.url}/accounts/new`);

    // nothing filled in: the NHS error summary and inline errors, nothing saved
    await session.page.getByRole("button", { name: "Register account" }).click();
    await session.page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await session.page.locator(".nhsuk-error-message").count()).toBeGreaterThanOrEqual(2);

    await session.page.getByLabel("Platform").selectOption("mastodon");
    await session.page.getByLabel("Handle").fill("@DemoNHSTrust@social.demo.gatehouse.test");
    await session.page.getByLabel("Display name").fill("Duplicate");
    await session.page.getByRole("button", { name: "Register account" }).click();
    await session.page.getByText("is already registered").first().waitFor();

    await session.page.getByLabel("Handle").fill("@maternity@social.demo.gatehouse.test");
    await session.page.getByLabel("Display name").fill("Demo Maternity Services");
    await session.page.getByRole("button", { name: "Register account" }).click();
    await session.page.getByRole("heading", { level: 1, name: /Demo Maternity Services/ }).waitFor();
    const accountUrl = session.page.url();

    // both demo comms officers are offered, nobody else
    const offered = await session.page.getByLabel("Communications officer").locator("option").allInnerTexts();
    expect(offered.slice(1).sort()).toEqual(["Chris Comms (comms@demo.gatehouse.test)", "Sam Second-Comms (comms2@demo.gatehouse.test)"]);
    await session.page.getByLabel("Communications officer").selectOption({ label: "Chris Comms (comms@demo.gatehouse.test)" });
    await session.page.getByRole("button", { name: "Grant publishing rights" }).click();
    await session.page.getByRole("button", { name: /Remove publishing rights from Chris Comms/ }).waitFor();

    const comms = await session.browser.newContext();
    const commsPage = await comms.newPage();
    await signIn(commsPage, session.server.url, "comms@demo.gatehouse.test");
    await commsPage.goto(`${session.server.url}/accounts`);
    const row = commsPage.getByRole("row").filter({ hasText: "@maternity@social.demo.gatehouse.test" });
    await row.waitFor();
    expect(await row.innerText()).toContain("You can publish");
    await commsPage.goto(accountUrl);
    expect(await commsPage.getByRole("button", { name: "Grant publishing rights" }).count()).toBe(0);
    await comms.close();
  });

  it("keeps a contributor out of the admin pages, in the UI and at the API", async () => {
    await signIn(session.page, session.server.url, "dept@demo.gatehouse.test");
    expect(await nav(session.page).getByRole("link", { name: "Register an account", includeHidden: true }).count()).toBe(0);

    await session.page.goto(`${session.server.url}/accounts/new`);
    await session.page.getByRole("heading", { name: "You do not have permission to see this page" }).waitFor();
    expect(await session.page.getByRole("button", { name: "Register account" }).count()).toBe(0);

    // the API refuses the same call made with the contributor's own session
    const res = await session.page.request.post(`${session.server.url}/trpc/accounts.register`, {
      data: { platform: "x", handle: "@rogue", name: "Rogue" },
    });
    expect(res.status()).toBe(403);
    expect(await res.json()).toMatchObject({ error: { data: { code: "FORBIDDEN" } } });
    const decide = await session.page.request.post(`${session.server.url}/trpc/accountRequests.decline`, { data: { id: "x", reason: "no" } });
    expect(decide.status()).toBe(403);

    const accounts = await (await session.page.request.get(`${session.server.url}/trpc/accounts.list`)).json() as { result: { data: { handle: string }[] } };
    expect(accounts.result.data.some((a) => a.handle === "@rogue")).toBe(false);
  });

  it("takes a department's request for an account through to the admin's approval", async () => {
    await signIn(session.page, session.server.url, "dept@demo.gatehouse.test");
    await session.page.goto(`${session.server.url}/account-requests/new`);
    await session.page.getByRole("button", { name: "Send request" }).click();
    await session.page.getByRole("heading", { name: "There is a problem" }).waitFor();

    await session.page.getByLabel("Platform").selectOption("bluesky");
    await session.page.getByLabel("Handle").fill("demo-sexual-health.bsky.social");
    await session.page.getByLabel("Display name").fill("Demo Sexual Health Service");
    await session.page.getByLabel("What is the account for?").fill("Clinic times and testing campaigns.");
    await session.page.getByLabel("Who is it for?").fill("Young adults in the borough.");
    await session.page.getByLabel("Who will run it day to day?").fill("The service's health promotion lead.");
    await session.page.getByLabel("How will you measure success?").fill("Bookings made from posts.");
    await session.page.getByRole("button", { name: "Send request" }).click();
    await session.page.getByRole("heading", { level: 1, name: /Demo Sexual Health Service/ }).waitFor();
    const requestUrl = session.page.url();
    expect(await session.page.getByText("Pending").count()).toBeGreaterThan(0);

    const admin = await session.browser.newContext();
    const adminPage = await admin.newPage();
    await signIn(adminPage, session.server.url, "admin@demo.gatehouse.test");
    await adminPage.goto(requestUrl);
    await adminPage.getByRole("button", { name: "Decline request" }).click();
    await adminPage.getByText("Give the reason for declining").first().waitFor();
    await adminPage.getByRole("button", { name: "Approve request" }).click();
    await adminPage.getByText("Approved").first().waitFor();
    await admin.close();

    await session.page.reload();
    await session.page.getByText("Approved").first().waitFor();
    await session.page.goto(`${session.server.url}/accounts`);
    await session.page.getByRole("row").filter({ hasText: "demo-sexual-health.bsky.social" }).waitFor();
  });
});
