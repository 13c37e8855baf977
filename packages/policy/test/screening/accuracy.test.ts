import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatScore, loadLabelled, scoreCorpus } from "./score.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/*
 * The spec's bar: precision and recall of 0.95 overall, on the shared labelled examples and
 * on our own larger corpus (written without looking at the detectors).
 */
describe("screening accuracy", () => {
  for (const name of ["screening-dev.jsonl", "screening-corpus.jsonl"]) {
    it(`reaches precision and recall of 0.95 on ${name}`, () => {
      const rows = loadLabelled(fixture(name));
      const score = scoreCorpus(rows);
      console.log(formatScore(name, score));
      if (score.mistakes.length) console.log(score.mistakes.map((m) => `  ${m.id} missed [${m.missed.join(", ")}] wrong [${m.wrong.join(", ")}]: ${m.text}`).join("\n"));
      expect(score.overall.precision).toBeGreaterThanOrEqual(0.95);
      expect(score.overall.recall).toBeGreaterThanOrEqual(0.95);
    });
  }
});
