import { apiProblem, type ApiProblem } from "./api-error.ts";

export interface SummaryItem {
  message: string;
  /** id of the field the message is about; the summary links to it */
  field?: string;
}

export interface FormErrors {
  /** field id -> message shown inline */
  fields: Partial<Record<string, string>>;
  /** the error summary's list, in the order the fields appear on the page */
  summary: SummaryItem[];
  /** changes on every failed attempt, so the summary takes focus again */
  attempt: number;
}

let attempts = 0;

/**
 * Turns an API error into NHS-style form errors. The API names fields after its input
 * (`data.fields`), and the form's field ids use the same names, so a message lands next to
 * its field; a message about no field on this form (or no field at all, like a wrong
 * password) goes in the summary only, linked to `linkTo` when given.
 */
export function formErrorsFrom(error: unknown, fieldOrder: readonly string[], linkTo?: string): FormErrors {
  return formErrorsFromProblem(apiProblem(error), fieldOrder, linkTo);
}

/** The same, for a problem whose field names a form has first translated to its own field ids. */
export function formErrorsFromProblem(problem: ApiProblem, fieldOrder: readonly string[], linkTo?: string): FormErrors {
  const fields: Partial<Record<string, string>> = {};
  const summary: SummaryItem[] = [];
  for (const field of fieldOrder) {
    const message = problem.fields[field];
    if (message) {
      fields[field] = message;
      summary.push({ message, field });
    }
  }
  const others = Object.entries(problem.fields).filter(([field]) => !fieldOrder.includes(field));
  for (const [, message] of others) summary.push({ message });
  if (summary.length === 0) summary.push(linkTo ? { message: problem.message, field: linkTo } : { message: problem.message });
  attempts += 1;
  return { fields, summary, attempt: attempts };
}
