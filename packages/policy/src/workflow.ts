import { can, canPublishTo, type AccountStatus } from "./permissions.ts";
import type { Role } from "./roles.ts";

/**
 * The submission state machine. A department drafts and submits; comms claims, asks for
 * changes, rejects or approves (ICBP038 §3.2.5, NWL §5); the author may withdraw until a
 * decision. Who may do what is decided here and nowhere else.
 */
export const SUBMISSION_STATES = ["draft", "submitted", "in_review", "changes_requested", "approved", "rejected", "withdrawn"] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const SUBMISSION_STATE_LABELS: Record<SubmissionState, string> = {
  draft: "Draft",
  submitted: "Submitted",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

export type SubmissionAction =
  | "edit" // the author changes the draft or answers a change request
  | "submit"
  | "withdraw"
  | "claim"
  | "comment"
  | "editCopy" // a reviewer edits the copy for a target account
  | "requestChanges"
  | "reject"
  | "approve"
  | "overrideFinding";

export interface SubmissionFacts {
  state: SubmissionState;
  authorId: string;
  /** who last changed the copy: the author, or a reviewer who edited it */
  lastEditedBy: string;
  targets: { accountId: string; status: AccountStatus }[];
}

export interface ActorFacts {
  id: string;
  roles: readonly Role[];
  grantedAccountIds: readonly string[];
}

/** A refusal says whether the person may never do this ("forbidden") or not in this state ("conflict"). */
export type Decision = { ok: true } | { ok: false; kind: "forbidden" | "conflict"; reason: string; clause?: string[] };

const allow: Decision = { ok: true };
const deny = (reason: string, clause?: string[]): Decision => ({ ok: false, kind: "forbidden", reason, ...(clause ? { clause } : {}) });
const notNow = (reason: string): Decision => ({ ok: false, kind: "conflict", reason });

const NEXT_STATE: Partial<Record<SubmissionAction, SubmissionState>> = {
  submit: "submitted",
  withdraw: "withdrawn",
  claim: "in_review",
  requestChanges: "changes_requested",
  reject: "rejected",
  approve: "approved",
};

/** The state a submission moves to after an action, or the same state for actions that keep it. */
export function stateAfter(action: SubmissionAction, current: SubmissionState): SubmissionState {
  return NEXT_STATE[action] ?? current;
}

const OPEN_FOR_REVIEW: readonly SubmissionState[] = ["submitted", "in_review"];

export function decideSubmissionAction(action: SubmissionAction, s: SubmissionFacts, actor: ActorFacts): Decision {
  const isAuthor = actor.id === s.authorId;
  const reviewer = can(actor.roles, "submissions.review");
  switch (action) {
    case "edit":
      if (!isAuthor) return deny("Only the person who wrote this submission can change it; reviewers edit the copy per account.");
      if (s.state !== "draft" && s.state !== "changes_requested") return notNow(`A submission that is ${label(s.state)} cannot be changed.`);
      return allow;
    case "submit":
      if (!isAuthor) return deny("Only the person who wrote this submission can send it to the communications team.");
      // What the brief still lacks (accounts included) is for missingForSubmission to name, field by field.
      if (s.state !== "draft" && s.state !== "changes_requested") return notNow(`A submission that is ${label(s.state)} cannot be submitted again.`);
      return allow;
    case "withdraw":
      if (!isAuthor) return deny("Only the person who wrote this submission can withdraw it.");
      if (!["draft", "submitted", "in_review", "changes_requested"].includes(s.state)) return notNow(`A submission that is ${label(s.state)} cannot be withdrawn.`);
      return allow;
    case "comment":
      if (!isAuthor && !reviewer) return deny("Only the author and the communications team can comment on a submission.");
      return allow;
    case "claim":
    case "editCopy":
    case "requestChanges":
    case "reject":
    case "overrideFinding":
      if (!reviewer) return deny("Only the communications team reviews submissions.", ["ICBP038 §3.2.5", "NWL §5"]);
      if (!OPEN_FOR_REVIEW.includes(s.state)) return notNow(`A submission that is ${label(s.state)} is not open for review.`);
      return allow;
    case "approve": {
      if (!reviewer) return deny("Only the communications team approves submissions.", ["ICBP038 §3.2.5", "NWL §5"]);
      if (!OPEN_FOR_REVIEW.includes(s.state)) return notNow(`A submission that is ${label(s.state)} cannot be approved.`);
      if (isAuthor) return deny("Four eyes: you cannot approve a submission you wrote. Ask another communications officer.");
      if (actor.id === s.lastEditedBy) return deny("Four eyes: you edited this copy last, so another communications officer must approve it.");
      const missing = s.targets.filter((t) => !canPublishTo(actor, { id: t.accountId, status: t.status }));
      if (missing.length > 0) {
        return deny("You can approve only for accounts you are granted to publish to, and every target account must be active.", ["NWL §3", "NWL §4"]);
      }
      return allow;
    }
  }
}

function label(state: SubmissionState): string {
  return SUBMISSION_STATE_LABELS[state].toLowerCase();
}
