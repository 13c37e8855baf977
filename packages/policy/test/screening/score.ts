import fs from "node:fs";
import { CATEGORIES, isPlatform, screen, type Category, type Platform, type ScreeningSettings } from "../../src/index.ts";

export interface Labelled {
  id: string;
  platform: Platform;
  text: string;
  expect: Category[];
  allow: Category[];
}

export function loadLabelled(file: string): Labelled[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const row = JSON.parse(line) as Labelled;
      if (!isPlatform(row.platform)) throw new Error(`${row.id}: unknown platform ${String(row.platform)}`);
      return row;
    });
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  overall: Tally & { precision: number; recall: number };
  perCategory: Record<Category, Tally>;
  /** posts where something was missed or found wrongly, for reading */
  mistakes: { id: string; missed: Category[]; wrong: Category[]; text: string }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Scores by category per post, as the spec describes: an expected category found is a
 * true positive, one not found a false negative; a category found that is neither
 * expected nor allowed is a false positive.
 */
export function scoreCorpus(rows: Labelled[], settings?: ScreeningSettings): Score {
  const perCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Tally>;
  const mistakes: Score["mistakes"] = [];
  for (const row of rows) {
    const found = new Set(screen(row.text, row.platform, settings).map((f) => f.category));
    const missed = row.expect.filter((c) => !found.has(c));
    const wrong = [...found].filter((c) => !row.expect.includes(c) && !row.allow.includes(c));
    for (const c of row.expect) perCategory[c][found.has(c) ? "tp" : "fn"]++;
    for (const c of wrong) perCategory[c].fp++;
    if (missed.length || wrong.length) mistakes.push({ id: row.id, missed, wrong, text: row.text.slice(0, 160) });
  }
  const sum = (k: keyof Tally) => Object.values(perCategory).reduce((n, t) => n + t[k], 0);
  const tp = sum("tp");
  const fp = sum("fp");
  const fn = sum("fn");
  return { overall: { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }, perCategory, mistakes };
}

export function formatScore(name: string, score: Score): string {
  const lines = [`${name}: precision ${score.overall.precision.toFixed(3)}, recall ${score.overall.recall.toFixed(3)} (tp ${score.overall.tp}, fp ${score.overall.fp}, fn ${score.overall.fn})`];
  for (const [category, t] of Object.entries(score.perCategory)) {
    if (t.tp + t.fp + t.fn === 0) continue;
    lines.push(
      `  ${category.padEnd(28)} precision ${ratio(t.tp, t.tp + t.fp).toFixed(2)}  recall ${ratio(t.tp, t.tp + t.fn).toFixed(2)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
    );
  }
  return lines.join("\n");
}
