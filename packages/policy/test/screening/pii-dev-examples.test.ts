import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { screen, type Category, type Platform } from "../../src/index.ts";

/* The shared labelled examples, scored on the pii.* categories only (the rest belongs to other families). */
interface Row {
  id: string;
  platform: Platform;
  text: string;
  expect: Category[];
  allow: Category[];
}
const rows = fs
  .readFileSync(fileURLToPath(new URL("../fixtures/screening-dev.jsonl", import.meta.url)), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Row);

describe("pii categories on the labelled dev examples", () => {
  it("finds every expected pii category and no unexpected one", () => {
    const mistakes: string[] = [];
    for (const row of rows) {
      const found = new Set(screen(row.text, row.platform).map((f) => f.category).filter((c) => c.startsWith("pii.")));
      const expected = row.expect.filter((c) => c.startsWith("pii."));
      for (const c of expected) if (!found.has(c)) mistakes.push(`${row.id} missed ${c}`);
      for (const c of found) if (!expected.includes(c) && !row.allow.includes(c)) mistakes.push(`${row.id} wrongly found ${c}`);
    }
    expect(mistakes).toEqual([]);
  });
});
