import { CONSENT_EXPIRY_WARNING_DAYS, CONSENT_SUBJECT_KIND_LABELS, CONSENT_SUBJECT_KINDS, type ConsentSubjectKind } from "@gatehouse/policy";

/** Who the person is, in words; a kind this version does not know is shown as it is stored. */
export function subjectKindLabel(kind: string): string {
  return (CONSENT_SUBJECT_KINDS as readonly string[]).includes(kind) ? CONSENT_SUBJECT_KIND_LABELS[kind as ConsentSubjectKind] : kind;
}

/** The register's status filter, with the one status that is not a state of its own: live, but ending soon. */
export const STATUS_FILTERS: readonly { value: StatusFilter; label: string }[] = [
  { value: "live", label: "Live" },
  { value: "expiring", label: `Ending within ${CONSENT_EXPIRY_WARNING_DAYS} days` },
  { value: "expired", label: "Expired" },
  { value: "withdrawn", label: "Withdrawn" },
];
export type StatusFilter = "live" | "expiring" | "expired" | "withdrawn";
