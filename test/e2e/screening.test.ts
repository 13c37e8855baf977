import { describe, expect, it } from "vitest";
import { signIn } from "./browser.ts";
import { useBrowserSession } from "./session.ts";

const session = useBrowserSession();

describe("live screening in the browser", () => {
  it("shows an NHS number with its clause as it is typed, and clears it when it is fixed", async () => {
    await signIn(session.page, session.server.url, "dept@demo.gatehouse.test");
    await session.page.goto(`${session.server.url}/check`);
    const results = session.page.getByRole("region", { name: "Policy check" });
    const text = session.page.getByLabel("Post text");
    await text.click();
    await text.pressSequentially("Patient NHS number 401 023 2137 needs a porter", { delay: 5 });

    const finding = results.locator("li.app-finding").filter({ hasText: "NHS number" }).first();
    await finding.waitFor();
    expect(await finding.innerText()).toContain("ICBP038 §3.5");
    expect(await finding.innerText()).toContain("Must fix");
    expect(await session.page.locator(".app-screened-field__backdrop mark.app-highlight--block").first().innerText()).toBe("401 023 2137");

    // the quoted text selects the offending characters in the textarea
    await finding.getByRole("button", { name: /401 023 2137/ }).click();
    const selected = await text.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe("401 023 2137");

    await text.fill("A porter is needed on ward 3 this afternoon");
    await results.locator('[aria-live="polite"]').filter({ hasText: "No problems found" }).waitFor();
    expect(await results.locator("li.app-finding").count()).toBe(0);
  });

  it("counts each platform its own way: a long link is fine on X, the same text is too long for Bluesky", async () => {
    await signIn(session.page, session.server.url, "dept@demo.gatehouse.test");
    await session.page.goto(`${session.server.url}/check`);
    await session.page.getByLabel("Bluesky").check();
    const body = `${"Our flu clinics are open all week. ".repeat(7)}https://www.nhs.uk/${"conditions/flu/".repeat(10)}`;
    await session.page.getByLabel("Post text").fill(body);
    const results = session.page.getByRole("region", { name: "Policy check" });
    await results.getByText(/over the limit/).first().waitFor();
    const summary = await results.innerText();
    expect(summary).toMatch(/268 of 280\s+characters\s+No problems found/);
    expect(summary).toMatch(/414 of 300\s+characters\s+\(114 over the limit\)/);
  });
});

describe("screening settings", () => {
  it("lets an admin trust a domain, and screening follows for everyone", async () => {
    await signIn(session.page, session.server.url, "admin@demo.gatehouse.test");
    await session.page.goto(`${session.server.url}/settings`);
    const domains = session.page.getByLabel("Trusted link domains");
    await domains.fill("nhs.uk\nnhs.net\ngov.uk\nnot a domain");
    await session.page.getByRole("button", { name: "Save settings" }).click();
    await session.page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await session.page.locator(".nhsuk-error-summary").innerText()).toContain("Line 4");

    await domains.fill("nhs.uk\nnhs.net\ngov.uk\ndemotrust.org.uk");
    await session.page.getByRole("button", { name: "Save settings" }).click();
    await session.page.getByText("Screening settings saved").waitFor();

    const dept = await session.browser.newContext();
    const deptPage = await dept.newPage();
    await signIn(deptPage, session.server.url, "dept@demo.gatehouse.test");
    await deptPage.goto(`${session.server.url}/check`);
    await deptPage.getByLabel("Post text").fill("Book at https://www.demotrust.org.uk/events or https://www.eventbrite.co.uk/e/1");
    const results = deptPage.getByRole("region", { name: "Policy check" });
    await results.locator("li.app-finding").first().waitFor();
    const findings = await results.locator("li.app-finding").allInnerTexts();
    expect(findings.join("\n")).toContain("eventbrite");
    expect(findings.join("\n")).not.toContain("demotrust");
    await dept.close();
  });

  it("keeps the settings page from everyone but admins, in the UI and at the API", async () => {
    await signIn(session.page, session.server.url, "comms@demo.gatehouse.test");
    await session.page.goto(`${session.server.url}/settings`);
    await session.page.getByRole("heading", { name: "You do not have permission to see this page" }).waitFor();
    const res = await session.page.request.post(`${session.server.url}/trpc/settings.updateScreening`, {
      data: { trustedDomains: ["evil.example"], orgPhoneNumbers: [], orgAddresses: [], bannedTerms: [], allowedTerms: [], severity: {} },
    });
    expect(res.status()).toBe(403);
  });
});
