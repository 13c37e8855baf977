import { PLATFORM_LABELS, type Finding, type Platform } from "@gatehouse/policy";
import type { PlatformScreening } from "./protocol.ts";
import { SEVERITY_RANK } from "./severity.ts";

/** A finding shown once for every platform it applies to. */
export interface MergedFinding {
  /** the rule and which of its findings this is: stays the same while typing moves the offsets */
  key: string;
  finding: Finding;
  platforms: Platform[];
}

/**
 * The findings of every platform, each shown once: the same rule over the same text is the
 * same problem, whichever platform it was found for. Most serious first, then in text order.
 */
export function mergeFindings(results: readonly PlatformScreening[]): MergedFinding[] {
  const merged = new Map<string, MergedFinding>();
  for (const { platform, findings } of results) {
    for (const finding of findings) {
      const key = `${finding.rule}:${finding.start}:${finding.end}`;
      const seen = merged.get(key);
      if (seen) seen.platforms.push(platform);
      else merged.set(key, { key, finding, platforms: [platform] });
    }
  }
  const sorted = [...merged.values()].sort(
    (a, b) =>
      SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
      a.finding.start - b.finding.start ||
      a.finding.end - b.finding.end,
  );
  const seen = new Map<string, number>();
  return sorted.map((item) => {
    const n = (seen.get(item.finding.rule) ?? 0) + 1;
    seen.set(item.finding.rule, n);
    return { ...item, key: `${item.finding.rule}#${n}` };
  });
}

/** "X", "X and Facebook", "X, Facebook and LinkedIn" */
export function platformList(platforms: readonly Platform[]): string {
  const labels = platforms.map((platform) => PLATFORM_LABELS[platform]);
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}

/** "No problems found", or "3 problems found: 1 must fix, 1 to check, 1 advice" */
export function summarise(findings: readonly MergedFinding[]): string {
  if (findings.length === 0) return "No problems found";
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.finding.severity === severity).length;
  const parts = [
    [count("block"), "must fix"],
    [count("warn"), "to check"],
    [count("info"), "advice"],
  ] as const;
  const detail = parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(", ");
  return `${findings.length} ${findings.length === 1 ? "problem" : "problems"} found: ${detail}`;
}
