import { describe, expect, it } from "vitest";
import { signIn } from "./browser.ts";
import { useBrowserSession } from "./session.ts";

const session = useBrowserSession();

async function navigationLinks(): Promise<string[]> {
  const nav = session.page.getByRole("navigation", { name: "Primary navigation" });
  await nav.getByRole("link", { name: "Home" }).waitFor();
  // Links the header folds into its "More" menu on narrow screens count too.
  return (await nav.getByRole("link", { includeHidden: true }).allTextContents()).map((t) => t.trim());
}

describe("signing in", () => {
  it("sends a visitor to the sign-in page and back to where they were going", async () => {
    await session.page.goto(`${session.server.url}/accounts`);
    await session.page.waitForURL(/\/sign-in/);
    await session.page.getByLabel("Email address").fill("comms@demo.gatehouse.test");
    await session.page.getByLabel("Password").fill("gatehouse-demo");
    await session.page.getByRole("button", { name: "Sign in" }).click();
    await session.page.waitForURL(`${session.server.url}/accounts`);
    await expect(session.page.getByRole("heading", { level: 1 }).innerText()).resolves.toMatch(/accounts/i);
  });

  it("shows the NHS error summary for a wrong password, and the field errors for missing ones", async () => {
    await session.page.goto(`${session.server.url}/sign-in`);
    await session.page.getByRole("button", { name: "Sign in" }).click();
    const summary = session.page.locator(".nhsuk-error-summary");
    await summary.waitFor();
    expect(await summary.getByRole("heading").innerText()).toBe("There is a problem");
    expect(await summary.innerText()).toContain("Enter your email address.");
    expect(await session.page.locator(".nhsuk-error-message").allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining("Enter your email address."), expect.stringContaining("Enter your password.")]),
    );
    // the summary takes focus so a screen reader announces it
    expect(await session.page.evaluate(() => document.activeElement?.closest(".nhsuk-error-summary") !== null)).toBe(true);

    await session.page.getByLabel("Email address").fill("admin@demo.gatehouse.test");
    await session.page.getByLabel("Password").fill("wrong password");
    await session.page.getByRole("button", { name: "Sign in" }).click();
    await session.page.getByText("The email address or password is not right").first().waitFor();
    expect(await session.page.title()).toMatch(/^Error: /);

    await session.page.getByLabel("Password").fill("gatehouse-demo");
    await session.page.getByRole("button", { name: "Sign in" }).click();
    await session.page.getByRole("button", { name: "Sign out" }).waitFor();
  });

  it("signs out, and the session is gone", async () => {
    await signIn(session.page, session.server.url, "ig@demo.gatehouse.test");
    await session.page.getByRole("button", { name: "Sign out" }).click();
    await session.page.waitForURL(/\/sign-in/);
    const me = await session.page.request.get(`${session.server.url}/trpc/auth.me`);
    expect(await me.json()).toMatchObject({ result: { data: { user: null } } });
  });
});

describe("navigation by role", () => {
  const contributor = [
    "Home",
    "Check a post",
    "Submit content",
    "My submissions",
    "Calendar",
    "Pictures",
    "Upload a photo",
    "Accounts",
    "Account requests",
    "Request an account",
  ];
  const comms = [
    "Home",
    "Check a post",
    "Submit content",
    "My submissions",
    "Review",
    "Calendar",
    "Dashboard",
    "Pictures",
    "Upload a photo",
    "Consent register",
    "Takedowns",
    "Accounts",
    "Account requests",
    "Request an account",
  ];
  const expected: Record<string, { roles: string; links: string[] }> = {
    "dept@demo.gatehouse.test": { roles: "Contributor", links: contributor },
    "comms@demo.gatehouse.test": { roles: "Communications officer", links: comms },
    "comms2@demo.gatehouse.test": { roles: "Communications officer", links: comms },
    "brand@demo.gatehouse.test": {
      roles: "Brand guardian",
      links: ["Home", "Check a post", "Brand review", "Calendar", "Pictures", "Upload a photo", "Accounts", "Brand kit"],
    },
    "ig@demo.gatehouse.test": { roles: "Information governance officer", links: ["Home", "Check a post", "Calendar", "Pictures", "Consent register", "Accounts"] },
    "admin@demo.gatehouse.test": {
      roles: "Administrator",
      links: ["Home", "Check a post", "Calendar", "Accounts", "Register an account", "Account requests", "Request an account", "Audit log", "Brand kit", "Settings"],
    },
  };

  for (const [email, { roles, links }] of Object.entries(expected)) {
    it(`shows ${email} their name, roles and the navigation their roles allow`, async () => {
      await signIn(session.page, session.server.url, email);
      expect(await navigationLinks()).toEqual(links);
      const account = session.page.getByRole("navigation", { name: "Your account" });
      expect(await account.innerText()).toContain(roles);
    });
  }
});
