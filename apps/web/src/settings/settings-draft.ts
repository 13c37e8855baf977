import { CATEGORIES, type Category, type ScreeningSettings, type Severity } from "@gatehouse/policy";

/** The settings kept one entry a line, in the order their textareas appear. */
export const LIST_FIELDS = ["trustedDomains", "orgPhoneNumbers", "orgAddresses", "bannedTerms", "allowedTerms"] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** "" keeps the detectors' own severity. */
export type SeverityChoice = "" | Severity | "off";

/** The settings as the form holds them: textareas as typed, one choice per category. */
export interface SettingsDraft {
  lists: Record<ListField, string>;
  severity: Record<Category, SeverityChoice>;
  /** severities set for single rules (not on this page): kept as they are */
  ruleSeverity: Record<string, Severity | "off">;
}

function isCategory(key: string): key is Category {
  return (CATEGORIES as readonly string[]).includes(key);
}

export function draftFrom(settings: ScreeningSettings): SettingsDraft {
  const lists = Object.fromEntries(LIST_FIELDS.map((field) => [field, settings[field].join("\n")])) as Record<ListField, string>;
  const severity = Object.fromEntries(CATEGORIES.map((category) => [category, settings.severity[category] ?? ""])) as Record<Category, SeverityChoice>;
  const ruleSeverity = Object.fromEntries(Object.entries(settings.severity).filter(([key]) => !isCategory(key)));
  return { lists, severity, ruleSeverity };
}

/** Entries of a textarea, blank lines left out, with the line each came from (1-based). */
function entries(text: string): { values: string[]; lines: number[] } {
  const values: string[] = [];
  const lines: number[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    values.push(line.trim());
    lines.push(index + 1);
  });
  return { values, lines };
}

/** The draft as the API's input, and for each list the line number of every entry sent. */
export function settingsFrom(draft: SettingsDraft): { settings: ScreeningSettings; lines: Record<ListField, number[]> } {
  const parsed = Object.fromEntries(LIST_FIELDS.map((field) => [field, entries(draft.lists[field])])) as Record<ListField, ReturnType<typeof entries>>;
  const severity: Record<string, Severity | "off"> = { ...draft.ruleSeverity };
  for (const category of CATEGORIES) {
    const choice = draft.severity[category];
    if (choice !== "") severity[category] = choice;
  }
  const settings: ScreeningSettings = {
    trustedDomains: parsed.trustedDomains.values,
    orgPhoneNumbers: parsed.orgPhoneNumbers.values,
    orgAddresses: parsed.orgAddresses.values,
    bannedTerms: parsed.bannedTerms.values,
    allowedTerms: parsed.allowedTerms.values,
    severity,
  };
  const lines = Object.fromEntries(LIST_FIELDS.map((field) => [field, parsed[field].lines])) as Record<ListField, number[]>;
  return { settings, lines };
}

/** The id of a category's select; error summaries link to it. */
export function severityFieldId(category: Category): string {
  return `severity-${category.replaceAll(".", "-")}`;
}
