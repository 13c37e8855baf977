/**
 * A department asks for a new official account with a business case; only an admin for the
 * communications team decides (NWL §5, CDDFT §4.3).
 */
export const ACCOUNT_REQUEST_STATES = ["pending", "approved", "declined"] as const;
export type AccountRequestState = (typeof ACCOUNT_REQUEST_STATES)[number];

export const ACCOUNT_REQUEST_STATE_LABELS: Record<AccountRequestState, string> = {
  pending: "Pending",
  approved: "Approved",
  declined: "Declined",
};

export const ACCOUNT_REQUEST_CLAUSES = ["NWL §5", "CDDFT §4.3"];

/** Approving or declining is a one-time decision on a pending request. */
export function canDecideAccountRequest(state: AccountRequestState): boolean {
  return state === "pending";
}
