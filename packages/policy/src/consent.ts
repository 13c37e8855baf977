import { PLATFORM_LABELS, type Platform } from "./platforms.ts";

/**
 * Photos and video of identifiable people are personal data: they need informed, explicit
 * consent that covers where the picture goes, and the person can withdraw it at any time
 * (CO23 §3.5.2, ICBP038 §3.6, CO22 §3.5). Members of the public may appear only briefly and
 * incidentally in a public place. This file decides whether a picture may go out.
 */
export const CONSENT_CLAUSES = ["CO23 §3.5.2", "ICBP038 §3.6", "CO22 §3.5"];
const COLLEAGUE_CLAUSES = ["CO23 §3.5.1", "CDDFT §4.4.2", "NWL §6.11"];
const PUBLIC_PLACE_CLAUSES = ["CO23 §3.5.2", "ICBP038 §3.6"];

export const PEOPLE_DECLARATIONS = ["none", "public_incidental", "identifiable"] as const;
export type PeopleDeclaration = (typeof PEOPLE_DECLARATIONS)[number];

export const PEOPLE_DECLARATION_LABELS: Record<PeopleDeclaration, string> = {
  none: "No identifiable people",
  public_incidental: "Members of the public, briefly and incidentally, in a public place",
  identifiable: "Identifiable people",
};

export const CONSENT_SUBJECT_KINDS = ["patient", "relative", "staff", "public", "child"] as const;
export type ConsentSubjectKind = (typeof CONSENT_SUBJECT_KINDS)[number];

export const CONSENT_SUBJECT_KIND_LABELS: Record<ConsentSubjectKind, string> = {
  patient: "Patient",
  relative: "Relative or carer",
  staff: "Member of staff",
  public: "Member of the public",
  child: "Child (with a parent's or guardian's consent)",
};

export interface ConsentFacts {
  id: string;
  subjectKind: ConsentSubjectKind;
  platforms: readonly Platform[];
  /** ISO 8601 UTC */
  givenAt: string;
  expiresAt: string | null;
  withdrawnAt: string | null;
}

export type ConsentStatus = "live" | "withdrawn" | "expired" | "not_yet_given";

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, string> = {
  live: "Live",
  withdrawn: "Withdrawn",
  expired: "Expired",
  not_yet_given: "Not yet given",
};

/** Is this consent in force at this instant? Withdrawal wins over everything. */
export function consentStatusAt(consent: ConsentFacts, at: Date): ConsentStatus {
  const t = at.getTime();
  if (consent.withdrawnAt !== null && new Date(consent.withdrawnAt).getTime() <= t) return "withdrawn";
  if (consent.expiresAt !== null && new Date(consent.expiresAt).getTime() <= t) return "expired";
  if (new Date(consent.givenAt).getTime() > t) return "not_yet_given";
  return "live";
}

export function consentCovers(consent: ConsentFacts, platform: Platform, at: Date): boolean {
  return consentStatusAt(consent, at) === "live" && consent.platforms.includes(platform);
}

/** Consent records are warned about this long before they expire. */
export const CONSENT_EXPIRY_WARNING_DAYS = 30;

export function expiresWithin(consent: ConsentFacts, at: Date, days = CONSENT_EXPIRY_WARNING_DAYS): boolean {
  if (consent.expiresAt === null || consentStatusAt(consent, at) !== "live") return false;
  return new Date(consent.expiresAt).getTime() - at.getTime() <= days * 86_400_000;
}

/** What the consent rule needs to know about one picture. */
export interface AssetPeopleFacts {
  /** how people know the picture: its file name */
  name: string;
  people: PeopleDeclaration | null;
  /** for public_incidental: where it was taken and why the people in it are incidental */
  peopleNote: string | null;
  /** faces found by detection; null when detection could not run */
  faceCount: number | null;
  /** the consent records linked to this picture, one per person in it */
  consents: readonly ConsentFacts[];
  /** it looks like a copy of a picture whose consent was withdrawn, and nobody has cleared it */
  nearCopyOfWithdrawn: boolean;
}

/** A whole-picture finding, shaped like a screening finding; its category names the gate. */
export interface MediaFinding {
  category: string;
  rule: string;
  severity: "block" | "warn" | "info";
  start: number;
  end: number;
  message: string;
  clause: string[];
}

function finding(category: string, rule: string, message: string, clause: string[], severity: MediaFinding["severity"] = "block"): MediaFinding {
  return { category, rule, severity, start: 0, end: 0, message, clause };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What is wrong with a picture wherever it goes: an undeclared or contradicted people declaration, or a near copy of a withdrawn one. */
export function peopleFindings(asset: AssetPeopleFacts): MediaFinding[] {
  const out: MediaFinding[] = [];
  const q = `"${asset.name}"`;
  if (asset.people === null) {
    out.push(finding("media.people", "media.people.undeclared", `Say whether identifiable people appear in ${q}.`, CONSENT_CLAUSES));
  } else if (asset.people === "none" && (asset.faceCount ?? 0) > 0) {
    out.push(
      finding(
        "media.people",
        "media.people.faces-declared-none",
        `${plural(asset.faceCount!, "face was", "faces were")} found in ${q}, but it was declared to show no identifiable people. Declare them and record their consent, or explain why they are members of the public who appear only briefly and incidentally.`,
        CONSENT_CLAUSES,
      ),
    );
  } else if (asset.people === "public_incidental" && !asset.peopleNote?.trim()) {
    out.push(
      finding(
        "media.people",
        "media.people.public-unexplained",
        `Say where ${q} was taken and why the people in it appear only briefly and incidentally.`,
        PUBLIC_PLACE_CLAUSES,
      ),
    );
  }
  if (asset.nearCopyOfWithdrawn) {
    out.push(
      finding(
        "media.consent",
        "media.consent.near-copy",
        `${q} looks like a copy of a picture whose consent was withdrawn. It cannot be used unless the information governance team confirms it is a different picture.`,
        CONSENT_CLAUSES,
      ),
    );
  }
  return out;
}

/**
 * May this picture go to this platform at this instant? Every identifiable person must be
 * covered by a consent that is live then and includes the platform, unless the public-place
 * exemption holds. One consent record stands for one person; at least as many people as
 * faces were found are assumed to be in it.
 */
export function consentFindings(asset: AssetPeopleFacts, platform: Platform, at: Date): MediaFinding[] {
  if (asset.people !== "identifiable") return [];
  const q = `"${asset.name}"`;
  const where = PLATFORM_LABELS[platform];
  const clauses = asset.consents.some((c) => c.subjectKind === "staff") ? [...CONSENT_CLAUSES, ...COLLEAGUE_CLAUSES] : CONSENT_CLAUSES;
  const byStatus = (status: ConsentStatus) => asset.consents.filter((c) => consentStatusAt(c, at) === status);
  const out: MediaFinding[] = [];

  const withdrawn = byStatus("withdrawn");
  if (withdrawn.length) {
    out.push(finding("media.consent", "media.consent.withdrawn", `${plural(withdrawn.length, "person", "people")} in ${q} withdrew their consent: it can no longer be published anywhere.`, clauses));
  }
  const expired = byStatus("expired");
  if (expired.length) {
    out.push(finding("media.consent", "media.consent.expired", `The consent of ${plural(expired.length, "person", "people")} in ${q} has expired by then. Ask the information governance team to renew it.`, clauses));
  }
  const notYet = byStatus("not_yet_given");
  if (notYet.length) {
    out.push(finding("media.consent", "media.consent.not-yet-given", `The consent of ${plural(notYet.length, "person", "people")} in ${q} is dated after this time.`, clauses));
  }
  const otherPlatforms = byStatus("live").filter((c) => !c.platforms.includes(platform));
  if (otherPlatforms.length) {
    const covered = [...new Set(otherPlatforms.flatMap((c) => c.platforms))].map((p) => PLATFORM_LABELS[p]);
    out.push(
      finding(
        "media.consent",
        "media.consent.platform",
        `The consent of ${plural(otherPlatforms.length, "person", "people")} in ${q} does not cover ${where}${covered.length ? ` (it covers ${covered.join(", ")})` : ""}.`,
        clauses,
      ),
    );
  }
  const people = Math.max(1, asset.faceCount ?? 0, asset.consents.length);
  const unrecorded = people - asset.consents.length;
  if (unrecorded > 0) {
    out.push(
      finding(
        "media.consent",
        "media.consent.missing",
        asset.consents.length === 0
          ? `${q} shows identifiable people and no consent is recorded for it. The information governance team records each person's consent.`
          : `${plural(people, "face was", "faces were")} found in ${q} but only ${plural(asset.consents.length, "consent is", "consents are")} recorded: record the consent of everyone in it.`,
        clauses,
      ),
    );
  }
  return out;
}

/** Everything that stops a picture going to this platform at this instant. */
export function mediaGateFindings(asset: AssetPeopleFacts, platform: Platform, at: Date): MediaFinding[] {
  return [...peopleFindings(asset), ...consentFindings(asset, platform, at)];
}
