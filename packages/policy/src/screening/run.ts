import type { Platform } from "../platforms.ts";
import { PLATFORM_DETECTORS, TEXT_DETECTORS } from "./detectors/index.ts";
import { DEFAULT_SETTINGS, type Detector, type Finding, type ScreeningSettings, type Severity } from "./types.ts";

function severityFor(finding: Finding, settings: ScreeningSettings): Severity | "off" {
  return settings.severity[finding.rule] ?? settings.severity[finding.category] ?? finding.severity;
}

/** Spans of the text covered by the organisation's allowed terms (whole words, any case). */
function allowedSpans(text: string, allowed: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const raw of allowed) {
    const term = raw.trim().toLowerCase();
    if (!term) continue;
    for (let i = lower.indexOf(term); i !== -1; i = lower.indexOf(term, i + 1)) spans.push([i, i + term.length]);
  }
  return spans;
}

/** A finding is allowed when its matched text contains an allowed term, or lies inside one. */
function isAllowed(text: string, finding: Finding, allowed: readonly string[], spans: [number, number][]): boolean {
  if (allowed.length === 0 || finding.end <= finding.start) return false;
  const matched = text.slice(finding.start, finding.end).toLowerCase();
  if (allowed.some((term) => term.trim() !== "" && matched.includes(term.trim().toLowerCase()))) return true;
  return spans.some(([s, e]) => s <= finding.start && finding.end <= e);
}

/**
 * Screens one post's text for one platform: every detector, then the organisation's
 * severities and allowed terms. Pure: the editor and the API get the same answer.
 */
export function screen(text: string, platform: Platform, settings: ScreeningSettings = DEFAULT_SETTINGS): Finding[] {
  return finish(text, settings, [...runAll(TEXT_DETECTORS, text, platform, settings), ...runAll(PLATFORM_DETECTORS, text, platform, settings)]);
}

function runAll(detectors: readonly Detector[], text: string, platform: Platform, settings: ScreeningSettings): Finding[] {
  const input = { text, platform, settings };
  return detectors.flatMap((detector) => detector(input));
}

function finish(text: string, settings: ScreeningSettings, raw: Finding[]): Finding[] {
  const spans = allowedSpans(text, settings.allowedTerms);
  const findings: Finding[] = [];
  for (const finding of raw) {
    const severity = severityFor(finding, settings);
    if (severity === "off" || isAllowed(text, finding, settings.allowedTerms, spans)) continue;
    findings.push({ ...finding, severity });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category));
}

/**
 * The same text screened for each target platform. Only length depends on the platform,
 * so the rest runs once: six platforms cost little more than one.
 */
export function screenForPlatforms(
  text: string,
  platforms: readonly Platform[],
  settings: ScreeningSettings = DEFAULT_SETTINGS,
): Partial<Record<Platform, Finding[]>> {
  const out: Partial<Record<Platform, Finding[]>> = {};
  if (platforms.length === 0) return out;
  const shared = runAll(TEXT_DETECTORS, text, platforms[0]!, settings);
  for (const platform of platforms) out[platform] = finish(text, settings, [...shared, ...runAll(PLATFORM_DETECTORS, text, platform, settings)]);
  return out;
}

export function hasBlocking(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "block");
}
