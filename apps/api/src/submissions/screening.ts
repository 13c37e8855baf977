import { blockingFindings, mergeTargetFindings, screenTargets, type Platform, type TargetFinding } from "@gatehouse/policy";
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

export async function mergedFindings(db: Executor, loaded: Loaded) {
  return mergeTargetFindings(await screenSubmission(db, loaded));
}

/** The screening gate: refuse with the findings while any blocking one is not fixed or overridden. */
export async function assertNoBlockingFindings(db: Executor, loaded: Loaded, doing: string): Promise<TargetFinding[]> {
  const findings = await screenSubmission(db, loaded);
  const blocking = blockingFindings(findings);
  if (blocking.length > 0) {
    throw new AppError(
      "PRECONDITION_FAILED",
      `This cannot be ${doing} yet: ${blocking.length === 1 ? "1 problem must" : `${blocking.length} problems must`} be fixed first.`,
      { findings: mergeTargetFindings(blocking) },
    );
  }
  return findings;
}
