import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { screen } from "../../src/index.ts";

/*
 * Real prose: the five NHS social media policies. They name staff, give role mailboxes,
 * dates, versions and legislation, and none of it is personal data, so screening every
 * paragraph must produce no pii.* finding at all.
 */
const dir = fileURLToPath(new URL("../fixtures/policies/", import.meta.url));
const documents = fs.readdirSync(dir).filter((name) => name.endsWith(".txt"));

describe("the policy documents produce no pii findings", () => {
  it("has the five documents to read", () => {
    expect(documents).toHaveLength(5);
  });

  for (const name of documents) {
    it(`finds no personal data in ${name}`, () => {
      const paragraphs = fs.readFileSync(dir + name, "utf8").split(/\n\s*\n/).filter((p) => p.trim() !== "");
      const found = paragraphs.flatMap((paragraph) =>
        screen(paragraph, "facebook")
          .filter((f) => f.category.startsWith("pii."))
          .map((f) => `${f.rule}: ${paragraph.slice(f.start, f.end)}`),
      );
      expect(found).toEqual([]);
    });
  }
});
