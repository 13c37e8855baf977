import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, platformLength, screen, type Finding } from "../../src/index.ts";

function only(findings: Finding[], category: string) {
  return findings.filter((f) => f.category === category);
}

describe("platform length", () => {
  it("counts every URL on X as 23, so a long link does not make a post too long", () => {
    const text = `${"a".repeat(250)} https://www.england.nhs.uk/${"very-long-path/".repeat(20)}`;
    expect(text.length).toBeGreaterThan(280);
    expect(platformLength(text, "x")).toBe(250 + 1 + 23);
    expect(only(screen(text, "x"), "platform.length")).toEqual([]);
  });

  it("blocks an X post one weighted character over, and not one at the limit", () => {
    expect(only(screen("a".repeat(280), "x"), "platform.length")).toEqual([]);
    const [over] = only(screen("a".repeat(281), "x"), "platform.length");
    expect(over).toMatchObject({ severity: "block", start: 280, end: 281, rule: "platform.length.x" });
  });

  it("counts emoji as two on X, as X does", () => {
    expect(platformLength("😀".repeat(140), "x")).toBe(280);
    expect(only(screen("😀".repeat(141), "x"), "platform.length")).toHaveLength(1);
  });

  it("counts Bluesky in graphemes: a family emoji is one", () => {
    const family = "👨‍👩‍👧";
    expect(platformLength(family.repeat(300), "bluesky")).toBe(300);
    const text = family.repeat(301);
    const [over] = only(screen(text, "bluesky"), "platform.length");
    expect(text.slice(over!.start)).toBe(family);
  });

  it("counts a letter with a combining accent as one grapheme, and a plain run by code points", () => {
    expect(platformLength("e\u0301".repeat(300), "bluesky")).toBe(300);
    expect(only(screen("e\u0301".repeat(301), "bluesky"), "platform.length")[0]!.start).toBe(600);
    expect(platformLength("𝒜".repeat(300), "bluesky")).toBe(300);
    const [cut] = only(screen("𝒜".repeat(301), "bluesky"), "platform.length");
    expect(cut!.start).toBe(600);
  });

  it("knows each platform's limit", () => {
    const limits = { x: 280, bluesky: 300, mastodon: 500, instagram: 2200, linkedin: 3000, facebook: 63206 } as const;
    for (const [platform, limit] of Object.entries(limits) as [keyof typeof limits, number][]) {
      expect(only(screen("b".repeat(limit), platform), "platform.length"), platform).toEqual([]);
      expect(only(screen("b".repeat(limit + 1), platform), "platform.length"), platform).toHaveLength(1);
    }
  });
});

describe("links", () => {
  it("does not flag links on nhs.uk, nhs.net, gov.uk and their subdomains, with or without a scheme", () => {
    const text = "See https://www.nhs.uk/conditions/flu, 111.nhs.uk, www.gov.uk/guidance and https://digital.nhs.net/x";
    expect(only(screen(text, "facebook"), "link.third_party")).toEqual([]);
  });

  it("warns on an off-site link, pointing at the link itself", () => {
    const text = "Read this: https://www.theguardian.com/society/nhs today";
    const [f] = only(screen(text, "facebook"), "link.third_party");
    expect(f).toMatchObject({ severity: "warn", rule: "link.third_party.off-site" });
    expect(text.slice(f!.start, f!.end)).toBe("https://www.theguardian.com/society/nhs");
    expect(f!.message).toContain("www.theguardian.com");
  });

  it("blocks every link shortener, even to a trusted page", () => {
    for (const url of ["https://bit.ly/3abcDEF", "tinyurl.com/nhsflu", "https://t.co/xyz", "ow.ly/abc1"]) {
      const [f] = only(screen(`Book here ${url}`, "x"), "link.third_party");
      expect(f, url).toMatchObject({ severity: "block", rule: "link.third_party.shortener" });
    }
  });

  it("does not mistake a look-alike domain for a trusted one", () => {
    expect(only(screen("https://nhs.uk.example.com/login", "x"), "link.third_party")).toHaveLength(1);
    expect(only(screen("https://fakenhs.uk/login", "x"), "link.third_party")).toHaveLength(1);
  });

  it("trusts the organisation's own domains from its settings", () => {
    const settings = { ...DEFAULT_SETTINGS, trustedDomains: [...DEFAULT_SETTINGS.trustedDomains, "demotrust.org.uk"] };
    expect(only(screen("https://www.demotrust.org.uk/news", "x", settings), "link.third_party")).toEqual([]);
  });

  it("keeps offsets right after emoji", () => {
    const text = "🎉🎉 https://www.eventbrite.co.uk/e/123";
    const [f] = only(screen(text, "x"), "link.third_party");
    expect(text.slice(f!.start, f!.end)).toBe("https://www.eventbrite.co.uk/e/123");
  });
});

describe("hashtags", () => {
  it("flags a lower-case hashtag of several words and suggests CamelCase", () => {
    const [f] = only(screen("Celebrating #nursesday today", "x"), "accessibility.hashtag_case");
    expect(f).toMatchObject({ severity: "warn", start: 12, end: 22 });
    expect(f!.message).toContain("#NursesDay");
    expect(only(screen("#mentalhealthawarenessweek", "x"), "accessibility.hashtag_case")[0]!.message).toContain(
      "#MentalHealthAwarenessWeek",
    );
  });

  it("flags run-together tags built on months, days or a name at the end", () => {
    for (const [tag, camel] of [
      ["#dryjanuary", "#DryJanuary"],
      ["#wellbeingwednesday", "#WellbeingWednesday"],
      ["#teamfinn", "#TeamFinn"],
      ["#openmorningashby", "#OpenMorning"],
    ]) {
      const [f] = only(screen(`Join us ${tag}`, "x"), "accessibility.hashtag_case");
      expect(f?.message, tag).toContain(camel);
    }
  });

  it("does not flag single words, CamelCase or capitals", () => {
    for (const tag of ["#nhs", "#flu", "#coronavirus", "#vaccination", "#wellbeing", "#NursesDay", "#NHS", "#TeamNHS", "#GetVaccinated", "#volunteers", "#immunisation", "#sonography", "#haematology", "#paediatrics"]) {
      expect(only(screen(`Join us ${tag}`, "x"), "accessibility.hashtag_case"), tag).toEqual([]);
    }
  });
});
