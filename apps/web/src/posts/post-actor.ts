import type { PostActor } from "@gatehouse/policy";
import type { AccountDetail, AccountSummary, SignedInUser } from "../api-types.ts";

/** The signed-in person as decidePostAction sees them, with their grant on one account. */
export function actorForAccount(user: SignedInUser, account: AccountDetail): PostActor {
  return { id: user.id, roles: user.roles, grantedAccountIds: account.grants.some((grant) => grant.userId === user.id) ? [account.id] : [] };
}

/**
 * The same across every account, from the accounts list. The list says only whether the person
 * can publish to an account now (a grant on an active account); for an inactive account the
 * decision is "no" either way, only its reason differs.
 */
export function actorForAccounts(user: SignedInUser, accounts: readonly AccountSummary[]): PostActor {
  return { id: user.id, roles: user.roles, grantedAccountIds: accounts.filter((account) => account.canPublish).map((account) => account.id) };
}
