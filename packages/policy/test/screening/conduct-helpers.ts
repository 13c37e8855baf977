import { DEFAULT_SETTINGS, type Detector, type Finding, type ScreeningSettings } from "../../src/index.ts";

/** Runs one detector on a post and returns its findings. */
export function run(detector: Detector, text: string, settings: Partial<ScreeningSettings> = {}): Finding[] {
  return detector({ text, platform: "x", settings: { ...DEFAULT_SETTINGS, ...settings } });
}

/** The text each finding points at: checks the offsets as well as the match. */
export function flagged(detector: Detector, text: string, settings: Partial<ScreeningSettings> = {}): string[] {
  return run(detector, text, settings).map((f) => text.slice(f.start, f.end));
}
