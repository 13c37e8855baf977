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

describe("live screening in the browser", () => {
  it("shows an NHS number with its clause as it is typed, and clears it when it is fixed", async () => {
    await signIn(page, server.url, "dept@demo.gatehouse.test");
    await page.goto(`${server.url}/check`);
    const results = page.getByRole("region", { name: "Policy check" });
    const text = page.getByLabel("Post text");
    await text.click();
    await text.pressSequentially("Patient NHS number 401 023 2137 needs a porter", { delay: 5 });

    const finding = results.locator("li.app-finding").filter({ hasText: "NHS number" }).first();
    await finding.waitFor();
    expect(await finding.innerText()).toContain("ICBP038 §3.5");
    expect(await finding.innerText()).toContain("Must fix");
    expect(await page.locator(".app-screened-field__backdrop mark.app-highlight--block").first().innerText()).toBe("401 023 2137");

    // the quoted text selects the offending characters in the textarea
    await finding.getByRole("button", { name: /401 023 2137/ }).click();
    const selected = await text.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe("401 023 2137");

    await text.fill("A porter is needed on ward 3 this afternoon");
    await results.locator('[aria-live="polite"]').filter({ hasText: "No problems found" }).waitFor();
    expect(await results.locator("li.app-finding").count()).toBe(0);
  });

  it("counts each platform its own way: a long link is fine on X, the same text is too long for Bluesky", async () => {
    await signIn(page, server.url, "dept@demo.gatehouse.test");
    await page.goto(`${server.url}/check`);
    await page.getByLabel("Bluesky").check();
    const body = `${"Our flu clinics are open all week. ".repeat(7)}https://www.nhs.uk/${"conditions/flu/".repeat(10)}`;
    await page.getByLabel("Post text").fill(body);
    const results = page.getByRole("region", { name: "Policy check" });
    await results.getByText(/over the limit/).first().waitFor();
    const summary = await results.innerText();
    expect(summary).toMatch(/268 of 280\s+characters\s+No problems found/);
    expect(summary).toMatch(/414 of 300\s+characters\s+\(114 over the limit\)/);
  });
});

describe("screening settings", () => {
  it("lets an admin trust a domain, and screening follows for everyone", async () => {
    await signIn(page, server.url, "admin@demo.gatehouse.test");
    await page.goto(`${server.url}/settings`);
    const domains = page.getByLabel("Trusted link domains");
    await domains.fill("nhs.uk\nnhs.net\ngov.uk\nnot a domain");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await page.locator(".nhsuk-error-summary").innerText()).toContain("Line 4");

    await domains.fill("nhs.uk\nnhs.net\ngov.uk\ndemotrust.org.uk");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Screening settings saved").waitFor();

    const dept = await browser.newContext();
    const deptPage = await dept.newPage();
    await signIn(deptPage, server.url, "dept@demo.gatehouse.test");
    await deptPage.goto(`${server.url}/check`);
    await deptPage.getByLabel("Post text").fill("Book at https://www.demotrust.org.uk/events or https://www.eventbrite.co.uk/e/1");
    const results = deptPage.getByRole("region", { name: "Policy check" });
    await results.locator("li.app-finding").first().waitFor();
    const findings = await results.locator("li.app-finding").allInnerTexts();
    expect(findings.join("\n")).toContain("eventbrite");
    expect(findings.join("\n")).not.toContain("demotrust");
    await dept.close();
  });

  it("keeps the settings page from everyone but admins, in the UI and at the API", async () => {
    await signIn(page, server.url, "comms@demo.gatehouse.test");
    await page.goto(`${server.url}/settings`);
    await page.getByRole("heading", { name: "You do not have permission to see this page" }).waitFor();
    const res = await page.request.post(`${server.url}/trpc/settings.updateScreening`, {
      data: { trustedDomains: ["evil.example"], orgPhoneNumbers: [], orgAddresses: [], bannedTerms: [], allowedTerms: [], severity: {} },
    });
    expect(res.status()).toBe(403);
  });
});
