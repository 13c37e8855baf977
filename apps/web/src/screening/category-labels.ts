import type { Category } from "@gatehouse/policy";

/** Each screening category in plain words, for people choosing how strict to be. */
export const CATEGORY_LABELS: Record<Category, string> = {
  "pii.nhs_number": "NHS numbers",
  "pii.phone": "Personal phone numbers",
  "pii.email": "Personal email addresses",
  "pii.address": "Home addresses",
  "pii.date_of_birth": "Dates of birth",
  "pii.ni_number": "National Insurance numbers",
  "pii.patient_identity": "Named patients",
  "pii.staff_judgement": "Judgements of named staff",
  "conduct.profanity": "Swearing",
  "conduct.abusive": "Abusive or discriminatory remarks",
  "conduct.defamation_risk": "Allegations against named people or organisations",
  "conduct.chain_content": "Chain messages and hoaxes",
  "confidential.marker": "Confidential or embargoed material",
  "platform.length": "Posts over the platform's length limit",
  "link.third_party": "Links to other websites and link shorteners",
  "accessibility.hashtag_case": "Hashtags in lower case",
  "credit.individual": "Credits to individual photographers or film-makers",
  "concern.whistleblowing": "Raising concerns in public",
};
