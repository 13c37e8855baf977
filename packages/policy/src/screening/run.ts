import type { Platform } from "../platforms.ts";
import { DETECTORS } from "./detectors/index.ts";
import { DEFAULT_SETTINGS, type Finding, type ScreeningSettings, type Severity } from "./types.ts";

function severityFor(finding: Finding, settings: ScreeningSettings): Severity | "off" {
  return settings.severity[finding.rule] ?? settings.severity[finding.category] ?? finding.severity;
}

function isAllowed(text: string, finding: Finding, allowed: readonly string[]): boolean {
  if (allowed.length === 0 || finding.end <= finding.start) return false;
  const matched = text.slice(finding.start, finding.end).toLowerCase();
  return allowed.some((term) => term.trim() !== "" && matched.includes(term.trim().toLowerCase()));
}

/**
 * Screens one post's text for one platform: every detector, then the organisation's
 * severities and allowed terms. Pure: the editor and the API get the same answer.
 */
export function screen(text: string, platform: Platform, settings: ScreeningSettings = DEFAULT_SETTINGS): Finding[] {
  const input = { text, platform, settings };
  const findings: Finding[] = [];
  for (const detector of DETECTORS) {
    for (const finding of detector(input)) {
      const severity = severityFor(finding, settings);
      if (severity === "off" || isAllowed(text, finding, settings.allowedTerms)) continue;
      findings.push({ ...finding, severity });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category));
}

/** The same text screened for each target platform (only length and counting differ). */
export function screenForPlatforms(
  text: string,
  platforms: readonly Platform[],
  settings: ScreeningSettings = DEFAULT_SETTINGS,
): Partial<Record<Platform, Finding[]>> {
  const out: Partial<Record<Platform, Finding[]>> = {};
  for (const platform of platforms) out[platform] = screen(text, platform, settings);
  return out;
}

export function hasBlocking(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "block");
}
