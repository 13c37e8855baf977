import { describe, expect, it } from "vitest";
import { PLATFORMS, screen, type Finding } from "../../src/index.ts";

function assertWellFormed(text: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.message.length).toBeGreaterThan(10);
    expect(f.clause.length).toBeGreaterThan(0);
    expect(["block", "warn", "info"]).toContain(f.severity);
  }
}

describe("screening never crashes and keeps its offsets honest", () => {
  it("returns nothing for empty or blank text", () => {
    for (const platform of PLATFORMS) {
      expect(screen("", platform)).toEqual([]);
      expect(screen("   \n\t ", platform)).toEqual([]);
    }
  });

  it("screens 100,000 characters", () => {
    const paragraph = "Our flu clinic at Blaydon Leisure Centre is open on Tuesdays. Patient NHS number 401 023 2137. 😀 ";
    const text = paragraph.repeat(Math.ceil(100_000 / paragraph.length)).slice(0, 100_000);
    const findings = screen(text, "facebook");
    assertWellFormed(text, findings);
    expect(findings.filter((f) => f.category === "pii.nhs_number").length).toBeGreaterThan(500);
    expect(findings.some((f) => f.category === "platform.length")).toBe(true);
  });

  it("points at the right characters after emoji, flags and combining marks", () => {
    const text = "👩🏽‍⚕️🇬🇧 é̃ Patient 401 023 2137 🙂";
    const [f] = screen(text, "facebook").filter((x) => x.category === "pii.nhs_number");
    expect(text.slice(f!.start, f!.end)).toBe("401 023 2137");
  });

  it("handles right-to-left scripts mixed with English", () => {
    for (const text of ["مرحبا بكم في عيادة الإنفلونزا 401 023 2137", "שלום, המרפאה פתוחה 401-023-2137 היום", "Urdu: فلو ویکسین کلینک"]) {
      const findings = screen(text, "x");
      assertWellFormed(text, findings);
      for (const f of findings.filter((x) => x.category === "pii.nhs_number")) expect(text.slice(f.start, f.end)).toMatch(/^401.023.2137$/);
    }
  });

  it("survives control characters, lone surrogates and odd whitespace", () => {
    const text = "a\u0000b\uD800c\u200Bd\u2028e\uFEFF 401 023 2137 \u202Eevil";
    assertWellFormed(text, screen(text, "bluesky"));
  });
});
