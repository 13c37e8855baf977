import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem, type FormErrors } from "../components/form-errors.ts";
import { findingSummaryItem } from "../submissions/draft.ts";
import { gateFindingsOf } from "../submissions/gate-findings.ts";

/**
 * A reviewer's action failed: the API's field names (`reason`, `note`, `publishAt`) become this
 * page's field ids, since its forms share one error summary; a failed gate lists each finding
 * with its clause; anything else (four eyes, a missing grant) is the API's message as it is.
 */
export function reviewFormErrors(error: unknown, fieldIds: Record<string, string>, linkTo?: string): FormErrors {
  const problem = apiProblem(error);
  const fields = Object.fromEntries(Object.entries(problem.fields).map(([name, message]) => [fieldIds[name] ?? name, message]));
  const errors = formErrorsFromProblem({ ...problem, fields }, Object.values(fieldIds), linkTo);
  const findings = gateFindingsOf(error);
  if (findings.length === 0) return errors;
  return { ...errors, summary: [{ message: problem.message }, ...findings.map((f) => findingSummaryItem(f))] };
}

/** A message of the page's own, in the same summary, linked to the field it is about. */
export function fieldError(field: string, message: string): FormErrors {
  return formErrorsFromProblem({ code: "BAD_REQUEST", message, fields: { [field]: message } }, [field]);
}
