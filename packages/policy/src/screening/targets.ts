import type { Platform } from "../platforms.ts";
import { screenForPlatforms } from "./run.ts";
import type { Finding, ScreeningSettings } from "./types.ts";

/** The copy that goes to one official account. */
export interface TargetCopy {
  accountId: string;
  platform: Platform;
  text: string;
}

/** A reviewer's written decision that one finding does not apply (audited by the API). */
export interface FindingOverride {
  platform: Platform;
  rule: string;
  matchedText: string;
  reason: string;
}

export interface TargetFinding extends Finding {
  accountId: string;
  platform: Platform;
  /** the reason a reviewer gave for overriding it, if one did */
  overriddenBecause: string | null;
}

function matched(text: string, f: Finding): string {
  return text.slice(f.start, f.end);
}

/** Screens each target's copy for its platform and marks findings a reviewer has overridden. */
export function screenTargets(targets: readonly TargetCopy[], settings: ScreeningSettings, overrides: readonly FindingOverride[] = []): TargetFinding[] {
  const out: TargetFinding[] = [];
  // Targets sharing one copy are screened together: the text detectors run once for them all.
  const byText = new Map<string, Platform[]>();
  for (const t of targets) byText.set(t.text, [...(byText.get(t.text) ?? []), t.platform]);
  const results = new Map([...byText].map(([text, platforms]) => [text, screenForPlatforms(text, platforms, settings)]));
  for (const t of targets) {
    for (const f of results.get(t.text)?.[t.platform] ?? []) {
      const override = overrides.find((o) => o.platform === t.platform && o.rule === f.rule && o.matchedText === matched(t.text, f));
      out.push({ ...f, accountId: t.accountId, platform: t.platform, overriddenBecause: override?.reason ?? null });
    }
  }
  return out;
}

/** Findings that stop the content: severity block and not overridden with a reason. */
export function blockingFindings(findings: readonly TargetFinding[]): TargetFinding[] {
  return findings.filter((f) => f.severity === "block" && f.overriddenBecause === null);
}

export interface MergedFinding extends Finding {
  platforms: Platform[];
  accountIds: string[];
  overriddenBecause: string | null;
}

/** One entry per finding that is the same on several accounts (same rule and place), listing where it applies. */
export function mergeTargetFindings(findings: readonly TargetFinding[]): MergedFinding[] {
  const byKey = new Map<string, MergedFinding>();
  for (const f of findings) {
    const key = `${f.rule}|${f.start}|${f.end}|${f.message}|${f.overriddenBecause ?? ""}`;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.platforms.includes(f.platform)) existing.platforms.push(f.platform);
      existing.accountIds.push(f.accountId);
    } else {
      const { accountId, platform, ...rest } = f;
      byKey.set(key, { ...rest, platforms: [platform], accountIds: [accountId] });
    }
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
