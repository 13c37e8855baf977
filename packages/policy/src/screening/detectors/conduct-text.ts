/**
 * Small text helpers shared by the conduct detectors (profanity, abusive, defamation,
 * chain content, confidential markers, credits, whistleblowing). Pure, no allocation-heavy
 * work per call: every regular expression here is built once, or cached per settings list.
 */

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Letters, digits and underscore in any script: what counts as "inside a word". */
export const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;

const termRegexCache = new WeakMap<readonly string[], RegExp | null>();

/**
 * One global, case-insensitive regular expression matching any of `terms` as whole words
 * (a phrase's words may be separated by any run of white space). Cached per list, so the
 * organisation's settings are compiled once, not on every keystroke.
 */
export function wholeTermsRegex(terms: readonly string[]): RegExp | null {
  const cached = termRegexCache.get(terms);
  if (cached !== undefined) return cached;
  const parts = terms
    .map((t) => t.trim())
    .filter((t) => t !== "")
    .sort((a, b) => b.length - a.length)
    .map((t) => t.split(/\s+/u).map(escapeRegExp).join(String.raw`\s+`));
  const re = parts.length === 0 ? null : new RegExp(`(?<!${WORD_CHAR})(?:${parts.join("|")})(?!${WORD_CHAR})`, "giu");
  termRegexCache.set(terms, re);
  return re;
}

/** [start, end) spans of every whole-word occurrence of the terms. */
export function termSpans(text: string, terms: readonly string[]): Array<[number, number]> {
  const re = wholeTermsRegex(terms);
  if (re === null) return [];
  const spans: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    spans.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return spans;
}

/**
 * One finding per stretch of text: keeps the first of any overlapping items, where "first"
 * is the order they were produced in (so earlier, more specific rules win). Sorting once
 * keeps this linear-logarithmic however many findings a long text produces.
 */
export function withoutOverlaps<T extends { start: number; end: number }>(items: readonly T[]): T[] {
  const order = new Map<T, number>(items.map((item, i) => [item, i]));
  const sorted = [...items].sort((a, b) => a.start - b.start || order.get(a)! - order.get(b)!);
  const out: T[] = [];
  let lastEnd = -1;
  let last: T | undefined;
  for (const item of sorted) {
    if (item.start < lastEnd) {
      // overlapping: keep whichever was produced first
      if (last !== undefined && order.get(item)! < order.get(last)!) {
        out[out.length - 1] = item;
        last = item;
        lastEnd = item.end;
      }
      continue;
    }
    out.push(item);
    last = item;
    lastEnd = item.end;
  }
  return out;
}

/** Is [start, end) inside one of the spans? */
export function insideAny(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return spans.some(([s, e]) => s <= start && end <= e);
}

/** Sentence breaks: . ! ? or a line break, followed by space or the end. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)|\n/g;
/** The same, but a single line break does not end a sentence (hard-wrapped prose). */
const PROSE_SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)|\n\s*\n/g;

/**
 * The text from the start of the sentence containing `index` up to `index`, looking back
 * at most `maxBack` characters (bounded, so callers stay linear on long input). With
 * `lineBreaks` false only a blank line ends a sentence at a line break.
 */
export function sentenceBefore(text: string, index: number, maxBack = 160, lineBreaks = true): string {
  const from = Math.max(0, index - maxBack);
  const window = text.slice(from, index);
  const re = lineBreaks ? SENTENCE_END : PROSE_SENTENCE_END;
  let cut = 0;
  re.lastIndex = 0;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    cut = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return window.slice(cut);
}

/** The text from `index` to the end of its sentence, at most `maxAhead` characters. */
export function sentenceAfter(text: string, index: number, maxAhead = 160, lineBreaks = true): string {
  const window = text.slice(index, index + maxAhead);
  const re = lineBreaks ? SENTENCE_END : PROSE_SENTENCE_END;
  re.lastIndex = 0;
  const m = re.exec(window);
  return m === null ? window : window.slice(0, m.index);
}

const OPEN_QUOTES = new Set(["'", '"', "‘", "“", "`", "«"]);
const CLOSE_QUOTES = new Set(["'", '"', "’", "”", "`", "»"]);

/** Is the span wrapped in quotation marks (a word being mentioned, not used)? */
export function isQuoted(text: string, start: number, end: number): boolean {
  return OPEN_QUOTES.has(text.charAt(start - 1)) && CLOSE_QUOTES.has(text.charAt(end));
}

/**
 * Runs `scan` over a long text in overlapping windows of about `size` characters, keeping
 * each result once (by the window that owns its start). Libraries whose cost grows faster
 * than the input (obscenity's whitelist check is quadratic in the number of hits) stay
 * linear this way; short posts are scanned in one go.
 */
export function scanInWindows<T extends { start: number }>(
  text: string,
  scan: (chunk: string, offset: number) => T[],
  size = 2000,
  overlap = 64,
): T[] {
  if (text.length <= size + overlap) return scan(text, 0);
  const out: T[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    // Prefer to cut at white space so a word is owned by one window.
    if (end < text.length) {
      const ws = text.slice(end, end + 200).search(/\s/u);
      if (ws >= 0) end += ws;
    }
    const from = Math.max(0, start - overlap);
    const to = Math.min(text.length, end + overlap);
    for (const item of scan(text.slice(from, to), from)) {
      if (item.start >= start && item.start < end) out.push(item);
    }
    start = end;
  }
  return out;
}

/** Splits a pattern source at its top-level "|" only: "a|b(?:c|d)|e" gives ["a", "b(?:c|d)", "e"]. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === "\\") i++;
    else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** A pattern scanned without its word-start look-behind, and the class that look-behind excluded. */
export interface WordScan {
  re: RegExp;
  /** null when the pattern is scanned as written */
  inside: RegExp | null;
}

/**
 * When every alternative of `re` opens with the look-behind `boundary` ("(?<![\\p{L}\\p{N}_])"),
 * returns the pattern without it, to be scanned with the word start checked in code by
 * {@link continuesWord}. A look-behind tried at every position of the text costs several times
 * the rest of a scan; the matches are the same.
 */
export function scanFromWordStart(re: RegExp, boundary: string): WordScan {
  const alternatives = topLevelAlternatives(re.source);
  if (!alternatives.every((a) => a.startsWith(boundary))) return { re, inside: null };
  const source = alternatives.map((a) => a.slice(boundary.length)).join("|");
  return { re: new RegExp(source, re.flags), inside: new RegExp(boundary.slice("(?<!".length, -1), "u") };
}

/**
 * For a match of a {@link WordScan} at `index`: does a word continue into it from the left (so the
 * original look-behind would have failed)? If so the caller skips it and scans on from index + 1.
 */
export function continuesWord(text: string, index: number, inside: RegExp | null): boolean {
  if (inside === null || index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return inside.test(String.fromCodePoint(text.codePointAt(from)!));
}
