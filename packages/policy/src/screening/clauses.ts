import type { Category } from "./types.ts";

/**
 * The clauses each category enforces (short names from shared/policies/README.md). A
 * finding cites these so a person can read the rule they met.
 */
export const CLAUSES: Record<Category, string[]> = {
  "pii.nhs_number": ["CO23 §3.5.1", "ICBP038 §3.5", "CO22 §3.4", "NWL §6.10", "CDDFT §4.4.1"],
  "pii.phone": ["CO23 §3.5.1", "ICBP038 §3.5", "NWL §6.10"],
  "pii.email": ["CO23 §3.5.1", "ICBP038 §3.5", "NWL §6.10"],
  "pii.address": ["CO23 §3.5.1", "ICBP038 §3.5", "CO22 §3.4", "NWL §6.10"],
  "pii.date_of_birth": ["CO23 §3.5.1", "ICBP038 §3.5", "CO22 §3.4", "NWL §6.10"],
  "pii.ni_number": ["CO23 §3.5.1", "ICBP038 §3.5", "NWL §6.10"],
  "pii.patient_identity": ["CO23 §3.5.1", "ICBP038 §3.5", "CO22 §3.4", "NWL §6.10", "CDDFT §4.4.1"],
  "pii.staff_judgement": ["CO23 §3.5.1", "ICBP038 §3.5", "NWL §6.11", "CDDFT §4.4.2"],
  "conduct.profanity": ["ICBP038 §3.2.1", "ICBP038 §3.2.4", "NWL §6.9"],
  "conduct.abusive": ["ICBP038 §3.2.1", "ICBP038 §3.2.4", "NWL §6.9"],
  "conduct.defamation_risk": ["CO23 §3.2.4", "ICBP038 §3.2.4", "CDDFT §4.4.1"],
  "conduct.chain_content": ["ICBP038 §3.2.4", "NWL §6.9"],
  "confidential.marker": ["CO23 §3.5.1", "ICBP038 §3.2", "ICBP038 §3.2.4", "CDDFT §4.4.1"],
  "platform.length": ["ICBP038 §3.2.1"],
  "link.third_party": ["ICBP038 §3.2.1", "NWL §6.12", "NWL §6.13"],
  "accessibility.hashtag_case": ["ICBP038 §3.2.1"],
  "credit.individual": ["CO23 §3.5.4", "ICBP038 §3.6", "CO22 §3.5"],
  "concern.whistleblowing": ["ICBP038 §3.2.8", "CDDFT §4.4.1"],
};
