import { publishGate, screenTargets, type AccountStatus, type GateFinding, type Platform, type SubmissionState } from "@gatehouse/policy";
import * as accountsRepo from "../accounts/repo.ts";
import { submissionMedia } from "../assets/facts.ts";
import type { Executor } from "../db/database.ts";
import { screeningSettings } from "../settings/service.ts";
import * as submissionsRepo from "../submissions/repo.ts";
import * as usersRepo from "../users/repo.ts";

export interface GateInput {
  submissionId: string;
  accountId: string;
  text: string;
  /** who is scheduling (at scheduling) or who scheduled it (at publishing) */
  schedulerId: string;
  /** the moment of publishing: the chosen time when scheduling, now when sending */
  at: Date;
}

/** Gathers the facts as they are now and asks packages/policy/gates.ts. */
export async function gateFindings(db: Executor, input: GateInput): Promise<GateFinding[]> {
  const [submission, account, scheduler, grants, settings, overrides] = await Promise.all([
    submissionsRepo.findSubmission(db, input.submissionId),
    accountsRepo.findAccount(db, input.accountId),
    usersRepo.findUserById(db, input.schedulerId),
    accountsRepo.grantedAccountIds(db, input.schedulerId),
    screeningSettings(db),
    submissionsRepo.overridesOf(db, input.submissionId),
  ]);
  if (!submission || !account) return [{ category: "gate.missing", rule: "gate.missing", severity: "block", start: 0, end: 0, message: "The submission or the account no longer exists.", clause: [] }];
  const platform = account.platform as Platform;
  return publishGate({
    submissionState: submission.state as SubmissionState,
    account: { id: account.id, platform, status: account.status as AccountStatus, connectionLost: account.connector === "api" ? (account.connection_error ?? null) : null },
    scheduler: { roles: scheduler && scheduler.status === "active" ? scheduler.roles : [], grantedAccountIds: grants },
    screening: screenTargets(
      [{ accountId: account.id, platform, text: input.text }],
      settings,
      overrides.map((o) => ({ platform: o.platform as Platform, rule: o.rule, matchedText: o.matched_text, reason: o.reason })),
    ),
    media: await submissionMedia(db, input.submissionId, settings),
    at: input.at,
  });
}
