import type { Platform } from "../platforms.ts";

/** The fixed list of spec/screening.md: a stable contract with other tools. */
export const CATEGORIES = [
  "pii.nhs_number",
  "pii.phone",
  "pii.email",
  "pii.address",
  "pii.date_of_birth",
  "pii.ni_number",
  "pii.patient_identity",
  "pii.staff_judgement",
  "conduct.profanity",
  "conduct.abusive",
  "conduct.defamation_risk",
  "conduct.chain_content",
  "confidential.marker",
  "platform.length",
  "link.third_party",
  "accessibility.hashtag_case",
  "credit.individual",
  "concern.whistleblowing",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ["block", "warn", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  category: Category;
  /** the project's own rule id, e.g. "pii.nhs-number.mod11" */
  rule: string;
  severity: Severity;
  /** UTF-16 offsets of the matched text, end exclusive; 0,0 for whole-post findings */
  start: number;
  end: number;
  /** plain English for a department user: what is wrong and what to do */
  message: string;
  /** the policy clauses it enforces, e.g. ["ICBP038 §3.5", "NWL §6.10"] */
  clause: string[];
}

/** What varies between organisations; stored by the API, passed in here. */
export interface ScreeningSettings {
  /** link domains that are not third-party (subdomains included) */
  trustedDomains: string[];
  /** phone numbers the organisation publishes as its own: never personal */
  orgPhoneNumbers: string[];
  /** addresses the organisation publishes (sites, headquarters): never a home address */
  orgAddresses: string[];
  /** extra words or phrases the organisation does not allow */
  bannedTerms: string[];
  /** words or phrases never to be flagged (place names, product names) */
  allowedTerms: string[];
  /** severity per rule id or per category; "off" silences it */
  severity: Record<string, Severity | "off">;
}

export const DEFAULT_TRUSTED_DOMAINS = ["nhs.uk", "nhs.net", "gov.uk"];

export const DEFAULT_SETTINGS: ScreeningSettings = {
  trustedDomains: DEFAULT_TRUSTED_DOMAINS,
  orgPhoneNumbers: [],
  orgAddresses: [],
  bannedTerms: [],
  allowedTerms: [],
  severity: {},
};

/** What a detector sees. `words()` is the shared, lazily built NLP view of the text. */
export interface ScreenInput {
  text: string;
  platform: Platform;
  settings: ScreeningSettings;
}

/** A detector: one family of rules, pure, returning findings with their default severity. */
export type Detector = (input: ScreenInput) => Finding[];
