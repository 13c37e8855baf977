import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem, type FormErrors } from "../components/form-errors.ts";

/**
 * A connect form's error: the API names its input (`baseUrl`, `accessToken`…), the form's
 * fields have ids of their own on the account page; anything else (the platform refused the
 * token, say) goes in the summary, linked to the first field.
 */
export function connectFormErrors(error: unknown, fieldIds: Record<string, string>): FormErrors {
  const problem = apiProblem(error);
  const fields = Object.fromEntries(Object.entries(problem.fields).map(([name, message]) => [fieldIds[name] ?? name, message]));
  const ids = Object.values(fieldIds);
  return formErrorsFromProblem({ ...problem, fields }, ids, ids[0]);
}
