import type { SubmissionFinding } from "./types.ts";

/**
 * A finding about a picture rather than the words: who is in it, their consent, or text read
 * off it. It covers the whole post (start = end = 0), so it marks no words, and a reviewer
 * cannot override it: the picture itself must be put right.
 */
export function isPictureFinding(finding: Pick<SubmissionFinding, "rule">): boolean {
  return finding.rule.startsWith("media.") || finding.rule.startsWith("image-text.");
}
