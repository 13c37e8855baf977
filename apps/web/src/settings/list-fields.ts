import type { ListField } from "./settings-draft.ts";

/** The one-entry-a-line settings: label, and what an entry means. */
export const LIST_FIELD_TEXT: Record<ListField, { label: string; hint: string; spellCheck: boolean }> = {
  trustedDomains: {
    label: "Trusted link domains",
    hint: "One domain a line, such as nhs.uk or demotrust.org.uk. Links to these domains and their subdomains are not flagged as links to other websites. Link shorteners are always flagged.",
    spellCheck: false,
  },
  orgPhoneNumbers: {
    label: "Our phone numbers",
    hint: "One number a line, as you publish it, such as 0191 123 4567. These are the organisation's own numbers and are never flagged as personal phone numbers.",
    spellCheck: false,
  },
  orgAddresses: {
    label: "Our addresses",
    hint: "One address a line, such as a hospital, clinic or headquarters. These are never flagged as home addresses.",
    spellCheck: true,
  },
  bannedTerms: {
    label: "Banned words and phrases",
    hint: "One word or phrase a line. Posts that use them are flagged, as well as everything the policy check already looks for.",
    spellCheck: true,
  },
  allowedTerms: {
    label: "Allowed words and phrases",
    hint: "One word or phrase a line, such as a place or product name that looks like something the check flags. A finding is not shown when the words it is about include one of these.",
    spellCheck: true,
  },
};
