import { DEFAULT_SETTINGS, type Category, type Finding, type ScreeningSettings } from "../../src/index.ts";
import { PII_DETECTORS } from "../../src/screening/detectors/pii.ts";

/** Every pii.* finding for a text, straight from the pii detectors (no other family involved). */
export function pii(text: string, settings: Partial<ScreeningSettings> = {}): Finding[] {
  const input = { text, platform: "facebook" as const, settings: { ...DEFAULT_SETTINGS, ...settings } };
  return PII_DETECTORS.flatMap((detect) => detect(input));
}

/** The text each finding of one category points at. */
export function flagged(text: string, category: Category, settings: Partial<ScreeningSettings> = {}): string[] {
  return pii(text, settings)
    .filter((f) => f.category === category)
    .map((f) => text.slice(f.start, f.end));
}

/** The rule ids found for one category. */
export function rules(text: string, category: Category, settings: Partial<ScreeningSettings> = {}): string[] {
  return pii(text, settings)
    .filter((f) => f.category === category)
    .map((f) => f.rule);
}
