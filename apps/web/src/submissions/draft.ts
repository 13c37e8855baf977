import { fromLondon, missingForSubmission, toLondon } from "@gatehouse/policy";
import type { ApiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem, type FormErrors, type SummaryItem } from "../components/form-errors.ts";
import { SEVERITY_LABELS } from "../screening/severity.ts";
import type { SubmissionFinding, SubmissionInput, SubmissionView } from "./types.ts";

/** What the form holds: the answers as typed, dates as YYYY-MM-DD in London, links one per line. */
export interface DraftValues {
  title: string;
  objective: string;
  audience: string;
  keyMessages: string;
  measure: string;
  text: string;
  targetAccountIds: string[];
  /** the pictures attached, from the author's library */
  assetIds: string[];
  earliest: string;
  latest: string;
  links: string;
}

export const EMPTY_DRAFT: DraftValues = {
  title: "",
  objective: "",
  audience: "",
  keyMessages: "",
  measure: "",
  text: "",
  targetAccountIds: [],
  assetIds: [],
  earliest: "",
  latest: "",
  links: "",
};

/** The form's field ids in page order: the error summary lists problems in this order. */
export const FORM_FIELDS = [
  "title",
  "objective",
  "audience",
  "keyMessages",
  "measure",
  "targetAccountIds",
  "text",
  "assetIds",
  "earliest",
  "latest",
  "links",
  "warningsChecked",
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** The API names fields after its input; the form's ids are flat. */
const FIELD_IDS: Record<string, FormField> = {
  title: "title",
  "brief.objective": "objective",
  "brief.audience": "audience",
  "brief.keyMessages": "keyMessages",
  "brief.measure": "measure",
  text: "text",
  targetAccountIds: "targetAccountIds",
  assetIds: "assetIds",
  desiredPublishAt: "earliest",
  desiredPublishUntil: "latest",
  links: "links",
};

export function draftFromView(view: SubmissionView): DraftValues {
  return {
    title: view.title,
    objective: view.brief.objective,
    audience: view.brief.audience,
    keyMessages: view.brief.keyMessages,
    measure: view.brief.measure,
    text: view.text,
    targetAccountIds: view.targetAccountIds,
    assetIds: view.assetIds,
    earliest: view.desiredPublishAt ? toLondon(new Date(view.desiredPublishAt)).date : "",
    latest: view.desiredPublishUntil ? toLondon(new Date(view.desiredPublishUntil)).date : "",
    links: view.links.join("\n"),
  };
}

/** The non-empty lines of the links box, with the line number each came from. */
function linkLines(text: string): { link: string; line: number }[] {
  return text
    .split("\n")
    .map((link, index) => ({ link: link.trim(), line: index + 1 }))
    .filter(({ link }) => link !== "");
}

/**
 * A London calendar date as the instant it starts or (for the latest date) its last minute.
 * A date input gives "" until the date is complete and real.
 */
function londonInstant(date: string, time: "00:00" | "23:59"): string | null {
  if (date === "") return null;
  const converted = fromLondon(date, time);
  return converted.ok ? converted.instant.toISOString() : null;
}

export function inputFromDraft(values: DraftValues): SubmissionInput {
  return {
    title: values.title,
    brief: { objective: values.objective, audience: values.audience, keyMessages: values.keyMessages, measure: values.measure },
    text: values.text,
    targetAccountIds: values.targetAccountIds,
    assetIds: values.assetIds,
    links: linkLines(values.links).map(({ link }) => link),
    desiredPublishAt: londonInstant(values.earliest, "00:00"),
    desiredPublishUntil: londonInstant(values.latest, "23:59"),
  };
}

/** Nothing typed or chosen yet: no draft is made for an empty form. */
export function isBlank(values: DraftValues): boolean {
  return (
    [values.title, values.objective, values.audience, values.keyMessages, values.measure, values.text, values.earliest, values.latest, values.links].every(
      (value) => value.trim() === "",
    ) &&
    values.targetAccountIds.length === 0 &&
    values.assetIds.length === 0
  );
}

/** What packages/policy says is still missing before the submission can go to the communications team. */
export function missingFields(values: DraftValues): Record<string, string> {
  return missingForSubmission({
    title: values.title,
    objective: values.objective,
    audience: values.audience,
    keyMessages: values.keyMessages,
    measure: values.measure,
    text: values.text,
    targetAccountIds: values.targetAccountIds,
  });
}

/**
 * The API's field names as the form's field ids. A bad link is named by its place in the list
 * sent (`links.1`): the person sees the line of the box it came from.
 */
export function formFieldsOf(fields: Record<string, string>, links: string): Partial<Record<FormField, string>> {
  const lines = linkLines(links);
  const out: Partial<Record<FormField, string>> = {};
  for (const [key, message] of Object.entries(fields)) {
    if (key.startsWith("links.")) {
      const line = lines[Number(key.slice("links.".length))]?.line;
      const text = line === undefined ? message : `Line ${line}: ${message}`;
      out.links = out.links ? `${out.links} ${text}` : text;
      continue;
    }
    const id = FIELD_IDS[key] ?? FIELD_IDS[key.split(".")[0]!];
    if (id) out[id] ??= message;
  }
  return out;
}

/** The top-level input keys a set of API field errors is about, to leave out of a retried save. */
export function inputKeysOf(fields: Record<string, string>): Set<string> {
  return new Set(Object.keys(fields).map((key) => key.split(".")[0]!));
}

/** "Must fix: … (ICBP038 §3.5)": a finding in the error summary, linked to the text it is about. */
export function findingSummaryItem(finding: Pick<SubmissionFinding, "severity" | "message" | "clause">, field?: string): SummaryItem {
  const clause = finding.clause.length > 0 ? ` (${finding.clause.join(", ")})` : "";
  return { message: `${SEVERITY_LABELS[finding.severity]}: ${finding.message}${clause}`, ...(field ? { field } : {}) };
}

/** Form errors from a problem whose fields are already the form's ids, plus summary-only lines. */
export function submissionFormErrors(problem: ApiProblem, extra: SummaryItem[] = []): FormErrors {
  const errors = formErrorsFromProblem(problem, FORM_FIELDS);
  if (extra.length === 0) return errors;
  const summary = Object.keys(problem.fields).length > 0 ? [...errors.summary, ...extra] : [{ message: problem.message }, ...extra];
  return { ...errors, summary };
}

