import {
  blockingFindings,
  mergeTargetFindings,
  screenTargets,
  submissionMediaFindings,
  type MergedFinding,
  type Platform,
  type SubmissionMediaFinding,
  type TargetFinding,
} from "@gatehouse/policy";
import { submissionMedia } from "../assets/facts.ts";
import type { Executor } from "../db/database.ts";
import { AppError } from "../errors.ts";
import { screeningSettings } from "../settings/service.ts";
import { targetCopies, type Loaded } from "./facts.ts";
import * as repo from "./repo.ts";

/** Screens a submission's copy for each target account, with the organisation's settings and the reviewers' overrides. */
export async function screenSubmission(db: Executor, loaded: Loaded): Promise<TargetFinding[]> {
  const settings = await screeningSettings(db);
  const overrides = (await repo.overridesOf(db, loaded.row.id)).map((o) => ({
    platform: o.platform as Platform,
    rule: o.rule,
    matchedText: o.matched_text,
    reason: o.reason,
  }));
  // Before any account is chosen the copy is still screened, as for the most generous platform.
  const copies = loaded.targets.length ? targetCopies(loaded) : [{ accountId: "", platform: "facebook" as const, text: loaded.row.text }];
  return screenTargets(copies, settings, overrides);
}

/** The submission's pictures, judged for its accounts as of now: who is in them, their consent, the text in them. */
export async function mediaFindings(db: Executor, loaded: Loaded, now: Date): Promise<SubmissionMediaFinding[]> {
  const media = await submissionMedia(db, loaded.row.id, await screeningSettings(db));
  return submissionMediaFindings(
    media,
    loaded.targets.map((t) => ({ accountId: t.account_id, platform: t.platform as Platform })),
    now,
  );
}

export type SubmissionFinding = MergedFinding | SubmissionMediaFinding;

export async function mergedFindings(db: Executor, loaded: Loaded, now: Date): Promise<SubmissionFinding[]> {
  const [text, media] = await Promise.all([screenSubmission(db, loaded), mediaFindings(db, loaded, now)]);
  return [...mergeTargetFindings(text), ...media];
}

/** The screening gate: refuse with the findings while any blocking one, in the copy or the pictures, is not fixed or overridden. */
export async function assertNoBlockingFindings(db: Executor, loaded: Loaded, doing: string, now: Date): Promise<SubmissionFinding[]> {
  const [text, media] = await Promise.all([screenSubmission(db, loaded), mediaFindings(db, loaded, now)]);
  const blocking: SubmissionFinding[] = [...mergeTargetFindings(blockingFindings(text)), ...media.filter((f) => f.severity === "block")];
  if (blocking.length > 0) {
    throw new AppError(
      "PRECONDITION_FAILED",
      `This cannot be ${doing} yet: ${blocking.length === 1 ? "1 problem must" : `${blocking.length} problems must`} be fixed first.`,
      { findings: blocking },
    );
  }
  return [...mergeTargetFindings(text), ...media];
}
