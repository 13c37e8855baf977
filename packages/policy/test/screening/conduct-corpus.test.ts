import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, screen, type Finding } from "../../src/index.ts";
import { CONDUCT_DETECTORS } from "../../src/screening/detectors/conduct.ts";
import { BAD_POSTS, CLEAN_POSTS, CONDUCT_CATEGORIES } from "./conduct-examples.ts";
import { loadLabelled } from "./score.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

function conduct(text: string): Finding[] {
  return CONDUCT_DETECTORS.flatMap((d) => d({ text, platform: "facebook", settings: DEFAULT_SETTINGS }));
}

const describeFindings = (text: string, fs: Finding[]) => fs.map((f) => `${f.rule} "${text.slice(f.start, f.end)}"`).join("; ");

describe("conduct detectors on realistic posts", () => {
  it("find nothing in clean announcements, awareness posts and thank-yous", () => {
    const wrong = CLEAN_POSTS.map((text) => ({ text, found: conduct(text) })).filter((r) => r.found.length > 0);
    expect(wrong.map((r) => `${describeFindings(r.text, r.found)} :: ${r.text}`)).toEqual([]);
  });

  it("find the expected category, and no other conduct category, in each bad post", () => {
    const problems: string[] = [];
    for (const { text, expect: expected } of BAD_POSTS) {
      const found = new Set(conduct(text).map((f) => f.category));
      for (const c of expected) if (!found.has(c)) problems.push(`missed ${c} :: ${text}`);
      for (const c of found) if (!expected.includes(c)) problems.push(`also found ${c} :: ${text}`);
    }
    expect(problems).toEqual([]);
  });

  it("find every expected conduct category in the labelled examples, and nothing unlabelled", () => {
    const problems: string[] = [];
    for (const row of loadLabelled(fixture("screening-dev.jsonl"))) {
      const found = new Set(conduct(row.text).map((f) => f.category));
      for (const c of row.expect) if (CONDUCT_CATEGORIES.includes(c) && !found.has(c)) problems.push(`${row.id} missed ${c}`);
      for (const c of found) if (!row.expect.includes(c) && !row.allow.includes(c)) problems.push(`${row.id} wrongly found ${c}`);
    }
    expect(problems).toEqual([]);
  });

  it("find nothing in the five NHS social media policies, which discuss confidentiality, defamation, abuse and whistleblowing as topics", () => {
    const dir = fixture("policies");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(files).toHaveLength(5);
    for (const file of files) {
      const text = fs.readFileSync(`${dir}/${file}`, "utf8");
      expect(describeFindings(text, conduct(text)), file).toBe("");
    }
  });
});

describe("conduct detectors never crash and keep offsets honest", () => {
  const texts = [
    "",
    "   \n\t ",
    "😀😀 what a sh1t day",
    "مرحبا بكم في عيادة الإنفلونزا shit",
    "שלום, המרפאה פתוחה היום. Photo by Jane Smith",
    "a\u0000b\uD800c\u200Bd\u2028e\uFEFF idiots \u202Eevil",
    "👩🏽‍⚕️🇬🇧 é̃ OFFICIAL-SENSITIVE",
  ];

  it("return well-formed findings for empty, emoji, right-to-left and broken text", () => {
    for (const text of texts) {
      for (const f of conduct(text)) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.message.length).toBeGreaterThan(20);
      }
    }
    expect(conduct("")).toEqual([]);
  });

  it("points at the right characters after surrogate pairs", () => {
    const text = "🇬🇧👩🏽‍⚕️ OFFICIAL-SENSITIVE idiots f**k 📷: @janesmithphoto";
    expect(conduct(text).map((f) => text.slice(f.start, f.end)).sort()).toEqual(["OFFICIAL-SENSITIVE", "f**k", "idiots", "📷: @janesmithphoto"].sort());
  });

  it("screens 100,000 characters of mixed posts, finding every repeat", () => {
    const paragraph = "What a sh1t day 😀. People who park here are morons. Photo by Jane Smith\nOFFICIAL-SENSITIVE. ";
    const text = paragraph.repeat(Math.ceil(100_000 / paragraph.length)).slice(0, 100_000);
    const repeats = Math.floor(100_000 / paragraph.length);
    const found = conduct(text);
    for (const category of ["conduct.profanity", "conduct.abusive", "credit.individual", "confidential.marker"]) {
      expect(found.filter((f) => f.category === category).length, category).toBeGreaterThanOrEqual(repeats);
    }
  });

  it("stays fast on 3,000-character posts and linear on adversarial 100,000-character input", { timeout: 120_000 }, () => {
    const post = CLEAN_POSTS.join(" ").slice(0, 3000);
    conduct(post);
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      const t0 = performance.now();
      for (let i = 0; i < 10; i++) conduct(post);
      best = Math.min(best, (performance.now() - t0) / 10);
    }
    expect(best).toBeLessThan(25); // about 3 ms on a quiet machine; generous for busy CI
    // Inputs that make careless patterns backtrack or rescan: each must stay well under a second
    // on a quiet machine (a catastrophic pattern takes minutes); the bound is generous for busy CI.
    for (const unit of ["a", " ", "\n", "f*", "assistant ", "you are so ", "Photo: ", "John Smith is ", "s h ", "😀", "shit "]) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      const t0 = performance.now();
      conduct(text);
      expect(performance.now() - t0, JSON.stringify(unit)).toBeLessThan(8000);
    }
  });
});

describe("conduct findings through screen()", () => {
  it("are reported by the full screening run with their default severities", () => {
    const text = "What a crap day. Share with 10 friends!";
    const found = screen(text, "x").filter((f) => CONDUCT_CATEGORIES.includes(f.category));
    expect(found.map((f) => [f.category, f.severity])).toEqual([
      ["conduct.profanity", "block"],
      ["conduct.chain_content", "warn"],
    ]);
  });

  it("honour the organisation's severity settings", () => {
    const found = screen("Share with 10 friends!", "x", { ...DEFAULT_SETTINGS, severity: { "conduct.chain_content": "off" } });
    expect(found.filter((f) => f.category === "conduct.chain_content")).toEqual([]);
  });
});
