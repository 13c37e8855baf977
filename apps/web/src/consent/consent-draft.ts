import { fromLondon, type ConsentSubjectKind, type Platform } from "@gatehouse/policy";
import type { ApiProblem } from "../components/api-error.ts";
import { isIsoDate, londonToday } from "../components/london-time.ts";
import type { ConsentInput } from "./types.ts";

/** One picture the consent covers, and which of its numbered faces is this person ("" when not sure). */
export interface ChosenPicture {
  assetId: string;
  face: string;
}

/** The new-consent form as typed: dates as London YYYY-MM-DD. */
export interface ConsentDraft {
  subjectName: string;
  subjectKind: ConsentSubjectKind | "";
  guardianName: string;
  platforms: Platform[];
  purposes: string;
  toldWho: string;
  toldPurpose: string;
  toldAccess: string;
  givenOn: string;
  endsOn: string;
  evidence: string;
  obtainedBy: string;
  pictures: ChosenPicture[];
}

export function emptyDraft(assetId: string | null): ConsentDraft {
  return {
    subjectName: "",
    subjectKind: "",
    guardianName: "",
    platforms: [],
    purposes: "",
    toldWho: "",
    toldPurpose: "",
    toldAccess: "",
    givenOn: londonToday(),
    endsOn: "",
    evidence: "",
    obtainedBy: "",
    pictures: assetId ? [{ assetId, face: "" }] : [],
  };
}

/** The form's field ids in page order, for the error summary. */
export const CONSENT_FIELDS = [
  "subjectName",
  "subjectKind",
  "guardianName",
  "platforms",
  "purposes",
  "toldWho",
  "toldPurpose",
  "toldAccess",
  "givenOn",
  "endsOn",
  "evidence",
  "evidenceFile",
  "obtainedBy",
  "pictures",
] as const;

/** The API's input names as this form's field ids (`faces.0.faceIndex` is about the pictures). */
export function fieldIdOf(apiField: string): string {
  if (apiField === "givenAt") return "givenOn";
  if (apiField === "expiresAt") return "endsOn";
  if (apiField.startsWith("assetIds") || apiField.startsWith("faces")) return "pictures";
  const top = apiField.split(".")[0]!;
  return (CONSENT_FIELDS as readonly string[]).includes(top) ? top : apiField;
}

/** The start of a London day, as the API's UTC instant; null when the date is not a real one. */
function dayStart(date: string): string | null {
  if (!isIsoDate(date)) return null;
  const start = fromLondon(date, "00:00");
  return start.ok ? start.instant.toISOString() : null;
}

/**
 * What only the form can know: a date that is not a date, and a child's consent without the
 * name of the parent or guardian who gave it. Everything else the API judges, in its words.
 */
export function draftProblems(draft: ConsentDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  if (draft.subjectKind === "child" && draft.guardianName.trim() === "") {
    problems.guardianName = "Give the name of the parent or guardian who gave consent for the child.";
  }
  if (draft.givenOn !== "" && dayStart(draft.givenOn) === null) problems.givenOn = "Enter the date consent was given as a real date.";
  if (draft.endsOn !== "" && dayStart(draft.endsOn) === null) problems.endsOn = "Enter the end date as a real date, or leave it empty if consent does not end.";
  return problems;
}

export function inputFrom(draft: ConsentDraft): ConsentInput {
  const faces = draft.pictures.filter((p) => p.face !== "").map((p) => ({ assetId: p.assetId, faceIndex: Number(p.face) - 1 }));
  const optional = (value: string) => (value.trim() === "" ? undefined : value);
  return {
    subjectName: draft.subjectName,
    // "" goes as it is: the API refuses it with its own message, shown on the field.
    subjectKind: draft.subjectKind as ConsentSubjectKind,
    guardianName: draft.subjectKind === "child" ? optional(draft.guardianName) : undefined,
    platforms: draft.platforms,
    purposes: optional(draft.purposes),
    toldWho: optional(draft.toldWho),
    toldPurpose: optional(draft.toldPurpose),
    toldAccess: optional(draft.toldAccess),
    givenAt: dayStart(draft.givenOn) ?? undefined,
    expiresAt: dayStart(draft.endsOn),
    evidence: draft.evidence,
    obtainedBy: optional(draft.obtainedBy),
    assetIds: draft.pictures.map((p) => p.assetId),
    faces,
  };
}

/** A problem whose field names are the API's, with this form's ids instead. */
export function onThisForm(problem: ApiProblem): ApiProblem {
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(problem.fields)) fields[fieldIdOf(key)] ??= message;
  return { ...problem, fields };
}
