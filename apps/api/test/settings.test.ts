import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventsFor } from "../src/audit/repo.ts";
import { codeOf, createHarness, DEMO, errorOf, type Harness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const blank = { trustedDomains: ["nhs.uk", "nhs.net", "gov.uk"], orgPhoneNumbers: [], orgAddresses: [], bannedTerms: [], allowedTerms: [], severity: {} };

describe("organisation screening settings", () => {
  it("starts from the defaults, readable by every signed-in user", async () => {
    for (const email of [DEMO.dept, DEMO.comms, DEMO.admin]) {
      const { settings } = await (await h.as(email)).settings.screening.query();
      expect(settings.trustedDomains).toEqual(["nhs.uk", "nhs.net", "gov.uk"]);
    }
    expect(await codeOf(h.anonymous().settings.screening.query())).toBe("UNAUTHORIZED");
  });

  it("lets an admin change them, audited, and screening follows at once", async () => {
    const admin = await h.as(DEMO.admin);
    const dept = await h.as(DEMO.dept);
    const text = "Book at https://www.demotrust.org.uk/events";
    const before = await dept.screening.check.query({ text, platforms: ["x"] });
    expect(before.x!.map((f) => f.category)).toEqual(["link.third_party"]);

    await admin.settings.updateScreening.mutate({
      ...blank,
      trustedDomains: ["nhs.uk", "nhs.net", "gov.uk", "https://www.DemoTrust.org.uk/"],
      severity: { "accessibility.hashtag_case": "off" },
    });
    const { settings } = await dept.settings.screening.query();
    expect(settings.trustedDomains).toContain("www.demotrust.org.uk");
    expect((await dept.screening.check.query({ text, platforms: ["x"] })).x).toEqual([]);
    expect((await dept.screening.check.query({ text: "Happy #nursesday", platforms: ["x"] })).x).toEqual([]);
    const events = await eventsFor(h.deps.db, "organisation_setting", "screening");
    expect(events.at(-1)?.action).toBe("settings.screening_updated");
  });

  it("keeps settings to admins, at the API", async () => {
    for (const email of [DEMO.dept, DEMO.comms, DEMO.brand, DEMO.ig]) {
      expect(await codeOf((await h.as(email)).settings.updateScreening.mutate(blank))).toBe("FORBIDDEN");
    }
  });

  it("names the bad entry and saves nothing", async () => {
    const admin = await h.as(DEMO.admin);
    const before = await admin.settings.screening.query();
    const error = await errorOf(
      admin.settings.updateScreening.mutate({
        ...blank,
        trustedDomains: ["nhs.uk", "not a domain"],
        orgPhoneNumbers: ["call us"],
        bannedTerms: [""],
        severity: { "made.up": "block" },
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["bannedTerms.0", "orgPhoneNumbers.0", "severity.made.up", "trustedDomains.1"]);
    expect(error.fields?.["trustedDomains.1"]).toContain("domain name");
    expect(await admin.settings.screening.query()).toEqual(before);
  });

  it("screens text for several platforms, each counted its own way", async () => {
    const dept = await h.as(DEMO.dept);
    const result = await dept.screening.check.query({ text: "a".repeat(290), platforms: ["x", "bluesky", "x"] });
    expect(Object.keys(result).sort()).toEqual(["bluesky", "x"]);
    expect(result.x!.map((f) => f.category)).toEqual(["platform.length"]);
    expect(result.bluesky).toEqual([]);
    expect(await codeOf(dept.screening.check.query({ text: "x", platforms: [] }))).toBe("BAD_REQUEST");
  });
});
