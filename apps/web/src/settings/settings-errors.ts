import { CATEGORIES, type Category } from "@gatehouse/policy";
import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem, type FormErrors } from "../components/form-errors.ts";
import { LIST_FIELDS, severityFieldId, type ListField } from "./settings-draft.ts";

/** Every field of the settings form, in page order. */
export const SETTINGS_FIELD_ORDER: readonly string[] = [...LIST_FIELDS, ...CATEGORIES.map(severityFieldId)];

/** "2", "2 and 5", "2, 5 and 7" */
function lineList(lines: readonly number[]): string {
  if (lines.length === 1) return `Line ${lines[0]}`;
  return `Lines ${lines.slice(0, -1).join(", ")} and ${lines.at(-1)}`;
}

function withFullStop(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/**
 * The API names a bad entry by its place in the list it was sent (`trustedDomains.1`); the
 * person sees the line of the textarea it came from ("Line 2: ..."). A severity problem
 * (`severity.pii.phone`) lands on that category's select.
 */
export function settingsFormErrors(error: unknown, lines: Record<ListField, number[]>): FormErrors {
  const problem = apiProblem(error);
  const byField = new Map<string, Map<string, number[]>>();
  const fields: Record<string, string> = {};

  for (const [key, message] of Object.entries(problem.fields)) {
    const list = LIST_FIELDS.find((field) => key === field || key.startsWith(`${field}.`));
    if (list) {
      const index = Number(key.slice(list.length + 1));
      const line = key === list || !Number.isInteger(index) ? undefined : lines[list][index];
      if (line === undefined) {
        fields[list] ??= message;
        continue;
      }
      const messages = byField.get(list) ?? new Map<string, number[]>();
      messages.set(message, [...(messages.get(message) ?? []), line]);
      byField.set(list, messages);
      continue;
    }
    const category = CATEGORIES.find((c: Category) => key === `severity.${c}`);
    fields[category ? severityFieldId(category) : key] ??= message;
  }
  for (const [field, messages] of byField) {
    const text = [...messages].map(([message, at]) => `${lineList(at)}: ${withFullStop(message)}`).join(" ");
    fields[field] = fields[field] ? `${fields[field]} ${text}` : text;
  }
  return formErrorsFromProblem({ ...problem, fields }, SETTINGS_FIELD_ORDER);
}
