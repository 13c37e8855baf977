import type { PostAttempt } from "./types.ts";

/** What each kind of publishing attempt was, in plain words. */
const KIND_LABELS: Record<string, string> = {
  publish: "Publish",
  reconcile: "Check with the platform",
};

/** The publisher's outcome codes, in plain words. */
const OUTCOME_LABELS: Record<string, string> = {
  published: "Published",
  found: "Found on the platform",
  "not-found": "Not on the platform",
  error: "Could not check",
  transient: "Platform unavailable",
  timeout: "No answer in time",
  rate_limited: "Too many requests",
  duplicate: "Duplicate",
  auth: "Account credentials refused",
  permanent: "Refused by the platform",
};

export function attemptKindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

export function attemptOutcomeLabel(outcome: string | null): string {
  if (outcome === null) return "Waiting for the platform";
  return OUTCOME_LABELS[outcome] ?? outcome;
}

/** "Publish: No answer in time (No answer from the platform within 10000 ms.)" */
export function attemptSummary(attempt: Pick<PostAttempt, "kind" | "outcome" | "error">): string {
  const outcome = attemptOutcomeLabel(attempt.outcome);
  const what = `${attemptKindLabel(attempt.kind)}: ${outcome}`;
  return attempt.error && attempt.error !== outcome ? `${what} (${attempt.error})` : what;
}
