import type { SubmissionFinding } from "./types.ts";

const PICTURE_RULES = ["media.", "image-text.", "brand."];

/**
 * A finding about a picture rather than the words: who is in it, their consent, text read off
 * it, or its brand checks. It covers the whole post (start = end = 0), so it marks no words,
 * and a reviewer cannot override it: the picture itself must be put right.
 */
export function isPictureFinding(finding: Pick<SubmissionFinding, "rule">): boolean {
  return PICTURE_RULES.some((prefix) => finding.rule.startsWith(prefix));
}
