import {
  ACCOUNT_STATUSES,
  decideSubmissionAction,
  type AccountStatus,
  type ActorFacts,
  type Decision,
  type SubmissionAction,
  type SubmissionFacts,
} from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import type { AccountSummary, SignedInUser } from "../api-types.ts";
import { useCurrentUser } from "../auth/session-context.ts";
import { useTRPC } from "../trpc.ts";
import type { SubmissionView, TargetAccount } from "./types.ts";

/** A target account's status, from the accounts list (the submission's copy of it is untyped). */
export function accountStatusOf(target: TargetAccount, accounts: readonly AccountSummary[]): AccountStatus {
  const listed = accounts.find((a) => a.id === target.accountId)?.status;
  if (listed) return listed;
  return (ACCOUNT_STATUSES as readonly string[]).includes(target.status) ? (target.status) : "archived";
}

/** The submission as packages/policy sees it: the same facts the API decides on. */
export function submissionFacts(view: SubmissionView, accounts: readonly AccountSummary[]): SubmissionFacts {
  return {
    state: view.state,
    authorId: view.authorId,
    lastEditedBy: view.lastEditedBy,
    targets: view.targetAccounts.map((t) => ({ accountId: t.accountId, status: accountStatusOf(t, accounts) })),
  };
}

/**
 * The signed-in person as packages/policy sees them. The accounts list says, per account,
 * whether they can publish to it now (a grant on an active account); an inactive account is
 * refused either way.
 */
export function actorFacts(user: SignedInUser, accounts: readonly AccountSummary[]): ActorFacts {
  return { id: user.id, roles: user.roles, grantedAccountIds: accounts.filter((a) => a.canPublish).map((a) => a.id) };
}

export type Decide = (action: SubmissionAction) => Decision;

/** Asks packages/policy what this person may do to this submission now, with the reasons the API gives. */
export function useSubmissionDecisions(view: SubmissionView | undefined): { decide: Decide; accounts: AccountSummary[] | undefined } {
  const user = useCurrentUser();
  const trpc = useTRPC();
  const accounts = useQuery(trpc.accounts.list.queryOptions());
  const list = accounts.data ?? [];
  const actor = actorFacts(user, list);
  const decide: Decide = (action) => (view ? decideSubmissionAction(action, submissionFacts(view, list), actor) : { ok: false, kind: "conflict", reason: "" });
  return { decide, accounts: accounts.data };
}

/** A refusal's reason with the clauses it cites, worded as the API words it. */
export function reasonOf(decision: Decision): string | null {
  if (decision.ok) return null;
  return decision.clause ? `${decision.reason} (${decision.clause.join(", ")})` : decision.reason;
}
