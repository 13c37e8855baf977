import type { Highlight } from "./highlight-segments.ts";
import { mapRange, offsetMapper } from "./offset-map.ts";
import type { ScreeningResult } from "./use-screening.ts";

/** Every marked stretch of an answer once, however many platforms found it; whole-post findings mark nothing. */
export function highlightsOf(result: ScreeningResult | null): Highlight[] {
  if (!result) return [];
  const seen = new Map<string, Highlight>();
  for (const { findings } of result.platforms) {
    for (const { start, end, severity } of findings) {
      if (end > start) seen.set(`${start}:${end}:${severity}`, { start, end, severity });
    }
  }
  return [...seen.values()];
}

/**
 * An answer's marks on the editor's current text. The answer may be for the text of a few
 * keystrokes ago (`screenedText`): its marks move with the edit until the next one arrives.
 */
export function moveHighlights(highlights: readonly Highlight[], screenedText: string, text: string): Highlight[] {
  if (screenedText === text) return [...highlights];
  const map = offsetMapper(screenedText, text);
  const moved: Highlight[] = [];
  for (const highlight of highlights) {
    const range = mapRange(map, highlight);
    if (range) moved.push({ ...range, severity: highlight.severity });
  }
  return moved;
}
