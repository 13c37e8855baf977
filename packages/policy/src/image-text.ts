import { screen } from "./screening/run.ts";
import type { Category, Finding, ScreeningSettings } from "./screening/types.ts";

/**
 * Text read off a picture (a whiteboard, a screen, a letter on a desk) is screened like a
 * post: media must not carry personal or confidential information (CO23 §3.5.3, ICBP038 §3.6).
 * Rules about how a post is written (length, links, hashtags) do not apply to a photo.
 */
const NOT_FOR_PICTURES: readonly Category[] = ["platform.length", "link.third_party", "accessibility.hashtag_case"];
const MEDIA_CLAUSES = ["CO23 §3.5.3", "ICBP038 §3.6"];

export function imageTextFindings(name: string, text: string, settings: ScreeningSettings): Finding[] {
  if (!text.trim()) return [];
  return screen(text, "facebook", settings)
    .filter((f) => !NOT_FOR_PICTURES.includes(f.category))
    .map((f) => ({
      ...f,
      rule: `image-text.${f.rule}`,
      message: `In the text of "${name}" ("${text.slice(f.start, f.end).replace(/\s+/g, " ").trim()}"): ${f.message}`,
      clause: [...new Set([...f.clause, ...MEDIA_CLAUSES])],
    }));
}
