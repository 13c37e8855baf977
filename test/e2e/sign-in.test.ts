import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchBrowser, signIn } from "./browser.ts";
import { startServer, type RunningServer } from "./server.ts";

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
});
afterEach(async () => context.close());

async function navigationLinks(): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: "Primary navigation" });
  await nav.getByRole("link", { name: "Home" }).waitFor();
  return (await nav.getByRole("link").allInnerTexts()).map((t) => t.trim());
}

describe("signing in", () => {
  it("sends a visitor to the sign-in page and back to where they were going", async () => {
    await page.goto(`${server.url}/accounts`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel("Email address").fill("comms@demo.gatehouse.test");
    await page.getByLabel("Password").fill("gatehouse-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${server.url}/accounts`);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toMatch(/accounts/i);
  });

  it("shows the NHS error summary for a wrong password, and the field errors for missing ones", async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole("button", { name: "Sign in" }).click();
    const summary = page.locator(".nhsuk-error-summary");
    await summary.waitFor();
    expect(await summary.getByRole("heading").innerText()).toBe("There is a problem");
    expect(await summary.innerText()).toContain("Enter your email address.");
    expect(await page.locator(".nhsuk-error-message").allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining("Enter your email address."), expect.stringContaining("Enter your password.")]),
    );
    // the summary takes focus so a screen reader announces it
    expect(await page.evaluate(() => document.activeElement?.closest(".nhsuk-error-summary") !== null)).toBe(true);

    await page.getByLabel("Email address").fill("admin@demo.gatehouse.test");
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("The email address or password is not right").first().waitFor();
    expect(await page.title()).toMatch(/^Error: /);

    await page.getByLabel("Password").fill("gatehouse-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
  });

  it("signs out, and the session is gone", async () => {
    await signIn(page, server.url, "ig@demo.gatehouse.test");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    const me = await page.request.get(`${server.url}/trpc/auth.me`);
    expect(await me.json()).toMatchObject({ result: { data: { user: null } } });
  });
});

describe("navigation by role", () => {
  const expected: Record<string, { roles: string; links: string[] }> = {
    "dept@demo.gatehouse.test": { roles: "Contributor", links: ["Home", "Check a post", "Accounts", "Account requests", "Request an account"] },
    "comms@demo.gatehouse.test": { roles: "Communications officer", links: ["Home", "Check a post", "Accounts", "Account requests", "Request an account"] },
    "comms2@demo.gatehouse.test": { roles: "Communications officer", links: ["Home", "Check a post", "Accounts", "Account requests", "Request an account"] },
    "brand@demo.gatehouse.test": { roles: "Brand guardian", links: ["Home", "Check a post", "Accounts"] },
    "ig@demo.gatehouse.test": { roles: "Information governance officer", links: ["Home", "Check a post", "Accounts"] },
    "admin@demo.gatehouse.test": {
      roles: "Administrator",
      links: ["Home", "Check a post", "Accounts", "Register an account", "Account requests", "Request an account", "Settings"],
    },
  };

  for (const [email, { roles, links }] of Object.entries(expected)) {
    it(`shows ${email} their name, roles and the navigation their roles allow`, async () => {
      await signIn(page, server.url, email);
      expect(await navigationLinks()).toEqual(links);
      const account = page.getByRole("navigation", { name: "Your account" });
      expect(await account.innerText()).toContain(roles);
    });
  }
});
