import { brandFindings, brandReviewFindings, type BrandFacts } from "./brand.ts";
import { consentFindings, peopleFindings, type AssetPeopleFacts, type MediaFinding } from "./consent.ts";
import type { Platform } from "./platforms.ts";
import type { Finding } from "./screening/types.ts";

export interface SubmissionMediaFinding extends MediaFinding {
  platforms: Platform[];
  accountIds: string[];
  overriddenBecause: null;
}

/**
 * The pictures of a submission, checked when they are attached, submitted and approved.
 * What is wrong with a picture anywhere (people undeclared or contradicted, personal data
 * in it, a sensitive label) blocks now. A consent that does not cover one of the accounts is a warning here:
 * the submission can still be approved, and the post to that account is refused when it is
 * scheduled and again when it would be published (gates.ts).
 */
export function submissionMediaFindings(
  media: readonly { asset: AssetPeopleFacts; textFindings: readonly Finding[]; brand: BrandFacts }[],
  targets: readonly { accountId: string; platform: Platform }[],
  at: Date,
): SubmissionMediaFinding[] {
  const everywhere = { platforms: [...new Set(targets.map((t) => t.platform))], accountIds: targets.map((t) => t.accountId), overriddenBecause: null };
  const out: SubmissionMediaFinding[] = [];
  for (const { asset, textFindings, brand } of media) {
    for (const f of peopleFindings(asset)) out.push({ ...f, ...everywhere });
    for (const f of textFindings) out.push({ ...f, start: 0, end: 0, ...everywhere });
    // A picture labelled OFFICIAL-SENSITIVE can never go out: stop it now. The rest is the
    // brand guardian's to check before scheduling, so here it is a warning.
    for (const f of brandFindings(brand)) out.push({ ...f, severity: f.rule === "brand.classification.sensitive" ? "block" : "warn", ...everywhere });
    for (const f of brandReviewFindings(brand)) out.push({ ...f, severity: "warn", ...everywhere });
    const byMessage = new Map<string, SubmissionMediaFinding>();
    for (const t of targets) {
      for (const f of consentFindings(asset, t.platform, at)) {
        const key = `${f.rule}|${f.message}`;
        const merged = byMessage.get(key);
        if (merged) {
          if (!merged.platforms.includes(t.platform)) merged.platforms.push(t.platform);
          merged.accountIds.push(t.accountId);
        } else {
          // A withdrawal rules the picture out everywhere; anything else may be put right before scheduling.
          byMessage.set(key, { ...f, severity: f.rule === "media.consent.withdrawn" ? "block" : "warn", platforms: [t.platform], accountIds: [t.accountId], overriddenBecause: null });
        }
      }
    }
    out.push(...byMessage.values());
  }
  return out;
}
