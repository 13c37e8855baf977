/**
 * What a department must tell comms before content is considered: the brief of
 * ICBP038 §3.2.5 (objectives, audience, key messages, how success is measured).
 */
export interface SubmissionContent {
  title: string;
  objective: string;
  audience: string;
  keyMessages: string;
  measure: string;
  text: string;
  targetAccountIds: readonly string[];
}

export const BRIEF_CLAUSES = ["ICBP038 §3.2.5", "CDDFT §4.3", "NWL §5"];

/** Field -> message for everything still missing before a submission can go to comms. */
export function missingForSubmission(c: SubmissionContent): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!c.title.trim()) missing.title = "Give the submission a title.";
  if (!c.objective.trim()) missing["brief.objective"] = "Say what this content should achieve.";
  if (!c.audience.trim()) missing["brief.audience"] = "Say who this content is for.";
  if (!c.keyMessages.trim()) missing["brief.keyMessages"] = "Give the key messages.";
  if (!c.measure.trim()) missing["brief.measure"] = "Say how you will measure whether it worked.";
  if (!c.text.trim()) missing.text = "Write the text of the post.";
  if (c.targetAccountIds.length === 0) missing.targetAccountIds = "Choose at least one official account.";
  return missing;
}
