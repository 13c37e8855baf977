import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem, type FormErrors } from "../components/form-errors.ts";
import { colourHexId, colourNameId, type KitDraft } from "./kit-draft.ts";

/** The API's names for the kit's fields (its input paths, and packages/policy's kitProblems) -> this page's field ids. */
const FIELD_IDS: Record<string, string> = {
  logo: "logo",
  "layout.corner": "corner",
  "layout.margin": "margin",
  margin: "margin",
  "layout.size": "size",
  size: "size",
  "layout.minWidth": "minWidth",
  minWidth: "minWidth",
  "layout.strap.text": "strapText",
  strapText: "strapText",
  "layout.strap.textColour": "strapTextColour",
  // The contrast is about both colours: the message goes with the first of them.
  strapColours: "strapTextColour",
  "layout.strap.background": "strapBackground",
};

/** Every field of the kit form, in page order, for the error summary. */
export function kitFieldOrder(draft: KitDraft): string[] {
  return ["logo", "corner", "margin", "size", "minWidth", ...draft.colours.flatMap((row) => [colourNameId(row), colourHexId(row)]), "strapText", "strapTextColour", "strapBackground"];
}

/** A colour's problem (`colours.NHS Blue`) lands on that colour's hex box. */
function colourField(key: string, draft: KitDraft): string | undefined {
  if (!key.startsWith("colours.")) return undefined;
  const name = key.slice("colours.".length);
  const row = draft.colours.find((r) => r.name.trim() === name) ?? draft.colours[0];
  return row ? colourHexId(row) : undefined;
}

export function kitFormErrors(error: unknown, draft: KitDraft): FormErrors {
  const problem = apiProblem(error);
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(problem.fields)) fields[FIELD_IDS[key] ?? colourField(key, draft) ?? key] ??= message;
  return formErrorsFromProblem({ ...problem, fields }, kitFieldOrder(draft), "corner");
}

/** The form's own findings (a number that is not one, a colour without a name), in the same summary. */
export function draftErrors(fields: Record<string, string>, draft: KitDraft): FormErrors {
  return formErrorsFromProblem({ code: "BAD_REQUEST", message: "Check the brand kit.", fields }, kitFieldOrder(draft));
}
