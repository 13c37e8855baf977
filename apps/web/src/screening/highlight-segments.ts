import type { Severity } from "@gatehouse/policy";
import type { Range } from "./offset-map.ts";
import { SEVERITY_RANK } from "./severity.ts";

export interface Highlight extends Range {
  severity: Severity;
}

export interface Segment {
  text: string;
  /** the most serious finding over this stretch, if any */
  severity: Severity | null;
}

/**
 * Cuts the text into stretches that are each either plain or covered by findings; where
 * findings overlap, the stretch takes the most serious severity. Empty ranges (whole-post
 * findings) mark nothing.
 */
export function highlightSegments(text: string, highlights: readonly Highlight[]): Segment[] {
  const ranges = highlights
    .map((h) => ({ ...h, start: Math.max(0, Math.min(h.start, text.length)), end: Math.max(0, Math.min(h.end, text.length)) }))
    .filter((h) => h.end > h.start);
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    let severity: Severity | null = null;
    for (const h of ranges) {
      if (h.start <= start && h.end >= end && (severity === null || SEVERITY_RANK[h.severity] < SEVERITY_RANK[severity])) severity = h.severity;
    }
    const last = segments.at(-1);
    if (last && last.severity === severity) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), severity });
  }
  return segments;
}
