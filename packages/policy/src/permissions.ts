import type { Role } from "./roles.ts";

/**
 * Everything a person can be allowed to do. The API checks these on every procedure and
 * the web uses the same table to decide what to show, so a capability is never decided
 * in two places.
 */
export const CAPABILITIES = [
  "accounts.view",
  "accounts.register", // only comms creates official accounts (NWL §5); here the admin does it for them
  "accounts.manage", // change status, grant and revoke publish rights
  "accounts.connect", // connect an official account to its platform's API; only comms leads and admins (NWL §5)
  "accounts.publish", // hold a publish grant on an official account (NWL §3, §4)
  "accountRequests.create", // a department asks for a new account with a business case (NWL §5, CDDFT §4.3)
  "accountRequests.viewAll",
  "accountRequests.decide",
  "users.view",
  "users.manage",
  "audit.view",
  "settings.manage", // the organisation's screening settings: trusted domains, own numbers, terms, severities
  "submissions.create", // departments bring content to comms with a brief (ICBP038 §3.2.5, NWL §5)
  "submissions.review", // comms reviews, edits, asks for changes, approves or rejects
  "assets.upload", // bring photos for official content
  "assets.viewAll", // see every picture in the library, not only one's own
  "assets.edit", // change any picture's caption, alt text, label, tags and crop (brand: CO23 §3.5.4)
  "consent.view", // the consent register: names of patients, relatives and staff (CO23 §3.5.2, ICBP038 §3.6)
  "consent.manage", // record consent and its withdrawal; clear a near copy flagged after a withdrawal
  "brand.review", // brand guardians approve or reject pictures (CO23 §3.5.4, ICBP038 §3.6)
  "brand.manage", // the brand kit (logo, placement, colours) and the organisation's tags
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const TABLE: Record<Role, readonly Capability[]> = {
  contributor: ["accounts.view", "accountRequests.create", "submissions.create", "assets.upload"],
  comms_officer: [
    "accounts.view",
    "accounts.publish",
    "accountRequests.create",
    "accountRequests.viewAll",
    "users.view",
    "submissions.create",
    "submissions.review",
    "assets.upload",
    "assets.viewAll",
    "assets.edit",
    "consent.view",
    "consent.manage",
  ],
  brand_guardian: ["accounts.view", "assets.upload", "assets.viewAll", "assets.edit", "brand.review", "brand.manage"],
  ig_officer: ["accounts.view", "assets.viewAll", "consent.view", "consent.manage"],
  admin: [
    "accounts.view",
    "accounts.register",
    "accounts.manage",
    "accounts.connect",
    "accountRequests.create",
    "accountRequests.viewAll",
    "accountRequests.decide",
    "users.view",
    "users.manage",
    "audit.view",
    "settings.manage",
    "brand.manage",
  ],
};

/** Plain English for a refusal: "Your role does not allow you to ...". */
export const CAPABILITY_DESCRIPTIONS: Record<Capability, string> = {
  "accounts.view": "see the official accounts",
  "accounts.register": "register official accounts",
  "accounts.manage": "change official accounts or who may publish to them",
  "accounts.connect": "connect official accounts to their platforms",
  "accounts.publish": "publish to official accounts",
  "accountRequests.create": "request new official accounts",
  "accountRequests.viewAll": "see every account request",
  "accountRequests.decide": "approve or decline account requests",
  "users.view": "see the list of users",
  "users.manage": "manage users",
  "audit.view": "see the audit log",
  "settings.manage": "change the organisation's screening settings",
  "submissions.create": "submit content to the communications team",
  "submissions.review": "review submissions",
  "assets.upload": "upload pictures",
  "assets.viewAll": "see every picture in the library",
  "assets.edit": "change pictures' details",
  "consent.view": "see the consent register",
  "consent.manage": "record or withdraw consent",
  "brand.review": "approve or reject pictures for the brand",
  "brand.manage": "change the brand kit or the organisation's tags",
};

/** Clauses a refusal can cite, so a person learns why and not only that. */
export const CAPABILITY_CLAUSES: Partial<Record<Capability, string[]>> = {
  "accounts.register": ["NWL §5", "CDDFT §4.3"],
  "accounts.publish": ["NWL §3", "NWL §4"],
  "accountRequests.decide": ["NWL §5", "CDDFT §4.3"],
  "submissions.review": ["ICBP038 §3.2.5", "NWL §5"],
  "consent.view": ["CO23 §3.5.2", "ICBP038 §3.6"],
  "consent.manage": ["CO23 §3.5.2", "ICBP038 §3.6"],
  "brand.review": ["CO23 §3.5.4", "ICBP038 §3.6"],
  "brand.manage": ["CO23 §3.5.4", "NWL §6.12"],
};

export function capabilitiesOf(roles: readonly Role[]): Set<Capability> {
  const caps = new Set<Capability>();
  for (const role of roles) for (const cap of TABLE[role]) caps.add(cap);
  return caps;
}

export function can(roles: readonly Role[], capability: Capability): boolean {
  return roles.some((role) => TABLE[role].includes(capability));
}

/** Only communications officers publish to official accounts; contributors never hold a grant. */
export function canHoldPublishGrant(roles: readonly Role[]): boolean {
  return can(roles, "accounts.publish");
}

export interface PublisherFacts {
  roles: readonly Role[];
  grantedAccountIds: readonly string[];
}

export interface AccountFacts {
  id: string;
  status: AccountStatus;
}

export const ACCOUNT_STATUSES = ["active", "paused", "disconnected", "archived"] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = {
  active: "Active",
  paused: "Paused",
  disconnected: "Disconnected",
  archived: "Archived",
};

/** May this person publish to this official account right now? */
export function canPublishTo(user: PublisherFacts, account: AccountFacts): boolean {
  return canHoldPublishGrant(user.roles) && user.grantedAccountIds.includes(account.id) && account.status === "active";
}
