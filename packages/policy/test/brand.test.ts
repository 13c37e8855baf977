import { describe, expect, it } from "vitest";
import { brandFindings, brandGateFindings, brandPlatformFindings, contrastRatio, kitProblems, logoBox, type BrandFacts, type BrandKitLayout } from "../src/index.ts";

const facts = (over: Partial<BrandFacts> = {}): BrandFacts => ({
  name: "clinic.jpg",
  brandState: "approved",
  classification: "OFFICIAL",
  tags: ["Flu"],
  caption: "Our new flu clinic opens on Monday.",
  altText: "Two nurses outside the new flu clinic",
  metadataCredit: { artist: null, copyright: null },
  organisationName: "Demo NHS Trust",
  taxonomy: ["flu", "recruitment"],
  renditions: [
    { platform: "x", width: 1600, height: 900, bytes: 300_000 },
    { platform: "bluesky", width: 1200, height: 675, bytes: 250_000 },
    { platform: "instagram", width: 1080, height: 1080, bytes: 280_000 },
  ],
  strap: null,
  ...over,
});
const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule);
const layout = (over: Partial<BrandKitLayout> = {}): BrandKitLayout => ({ corner: "bottom-right", margin: 0.04, size: 0.2, minWidth: 48, strap: null, ...over });

describe("the brand checks", () => {
  it("pass an approved, OFFICIAL, tagged, described picture with no credit", () => {
    expect(brandFindings(facts())).toEqual([]);
    expect(brandGateFindings(facts(), "x")).toEqual([]);
  });

  it("need the OFFICIAL label, and never let OFFICIAL-SENSITIVE through", () => {
    expect(rules(brandFindings(facts({ classification: null })))).toEqual(["brand.classification.missing"]);
    const sensitive = brandGateFindings(facts({ classification: "OFFICIAL-SENSITIVE" }), "x");
    expect(rules(sensitive)).toEqual(["brand.classification.sensitive"]);
    expect(sensitive[0]!.message).toContain("can never be published");
  });

  it("need a tag from the organisation's taxonomy, whatever its case", () => {
    expect(brandFindings(facts({ tags: ["FLU"] }))).toEqual([]);
    expect(rules(brandFindings(facts({ tags: ["sunshine"] })))).toEqual(["brand.tags.none-from-taxonomy"]);
  });

  it("block a credit in the caption and warn of one in the original's metadata", () => {
    const credited = brandFindings(facts({ caption: "Photo by Jane Smith", metadataCredit: { artist: "Jane Smith", copyright: "Demo NHS Trust 2026" } }));
    expect(credited.map((f) => [f.rule, f.severity])).toEqual([
      ["brand.credit.caption", "block"],
      ["brand.credit.metadata-artist", "warn"],
    ]);
    expect(credited[0]!.clause).toContain("CO23 §3.5.4");
  });

  it("need useful alt text within each platform's limit", () => {
    expect(rules(brandFindings(facts({ altText: "" })))).toEqual(["brand.alt-text.missing"]);
    expect(rules(brandFindings(facts({ altText: "image" })))).toEqual(["brand.alt-text.missing"]);
    expect(rules(brandFindings(facts({ altText: "clinic.jpg" })))).toEqual(["brand.alt-text.missing"]);
    const long = facts({ altText: `Nurses ${"and patients ".repeat(100)}` });
    expect(rules(brandPlatformFindings(long, "x"))).toEqual(["brand.alt-text.too-long"]);
    expect(brandPlatformFindings(long, "bluesky")).toEqual([]);
  });

  it("check each platform's size, shape and bytes, never expecting an enlargement", () => {
    const small = facts({ renditions: [{ platform: "x", width: 450, height: 253, bytes: 40_000 }, { platform: "bluesky", width: 1200, height: 675, bytes: 1_400_000 }] });
    expect(rules(brandPlatformFindings(small, "x"))).toEqual(["brand.size.too-small"]);
    expect(rules(brandPlatformFindings(small, "bluesky"))).toEqual(["brand.size.bytes"]);
    expect(rules(brandPlatformFindings(facts({ renditions: [{ platform: "instagram", width: 1080, height: 300, bytes: 1 }] }), "instagram"))).toEqual(["brand.size.aspect"]);
  });

  it("wait for a brand guardian before publishing", () => {
    expect(rules(brandGateFindings(facts({ brandState: "pending" }), "x"))).toEqual(["brand.review.pending"]);
    expect(rules(brandGateFindings(facts({ brandState: "rejected" }), "x"))).toEqual(["brand.review.rejected"]);
  });

  it("judge a strap's text against WCAG AA", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 1);
    expect(contrastRatio("#FFFFFF", "#005EB8")).toBeGreaterThan(4.5);
    expect(contrastRatio("#FFB81C", "#FFFFFF")).toBeLessThan(4.5);
    expect(rules(brandFindings(facts({ strap: { text: "Demo NHS Trust", textColour: "#FFB81C", background: "#FFFFFF" } })))).toEqual(["brand.contrast.strap"]);
  });
});

describe("the logo's place", () => {
  it("sits in the kit's corner, clear of the edges by the margin, a share of the short side wide", () => {
    expect(logoBox({ width: 1600, height: 900 }, layout(), { width: 400, height: 200 })).toEqual({ left: 1600 - 36 - 180, top: 900 - 36 - 90, width: 180, height: 90 });
    expect(logoBox({ width: 1080, height: 1350 }, layout({ corner: "top-left" }), { width: 400, height: 200 })).toEqual({ left: 43, top: 43, width: 216, height: 108 });
  });

  it("is never wider than the logo file, nor narrower than the minimum", () => {
    expect(logoBox({ width: 4000, height: 3000 }, layout(), { width: 300, height: 100 })!.width).toBe(300);
    expect(logoBox({ width: 320, height: 180 }, layout({ minWidth: 64 }), { width: 400, height: 200 })!.width).toBe(64);
  });

  it("sits above a strap", () => {
    const withStrap = logoBox({ width: 1600, height: 900 }, layout({ strap: { text: "Demo NHS Trust", textColour: "#FFFFFF", background: "#005EB8" } }), { width: 400, height: 200 })!;
    expect(withStrap.top).toBe(900 - 90 - 36 - 90);
  });

  it("refuses a kit whose logo cannot fit, is too small, or whose strap is unreadable", () => {
    expect(kitProblems(layout(), { width: 400, height: 200 }, { width: 320, height: 180 })).toEqual({});
    expect(kitProblems(layout({ size: 0.9 }), { width: 400, height: 200 }, { width: 320, height: 180 })).toHaveProperty("size");
    expect(kitProblems(layout({ minWidth: 300, margin: 0.15 }), { width: 1000, height: 1000 }, { width: 320, height: 180 })).toHaveProperty("size");
    expect(kitProblems(layout({ minWidth: 120 }), { width: 80, height: 40 }, { width: 320, height: 180 })).toHaveProperty("logo");
    expect(kitProblems(layout({ strap: { text: "x", textColour: "#FFB81C", background: "#FFFFFF" } }), null, { width: 320, height: 180 })).toHaveProperty("strapColours");
  });
});
