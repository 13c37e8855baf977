import { PLATFORM_LABELS, SUBMISSION_STATE_LABELS, type Platform, type SubmissionState } from "@gatehouse/policy";
import { Tag, type TagProps } from "nhsuk-react-components";

const STATE_COLOURS: Record<SubmissionState, TagProps["modifier"]> = {
  draft: "grey",
  submitted: "blue",
  in_review: "purple",
  changes_requested: "orange",
  approved: "green",
  rejected: "red",
  withdrawn: "white",
};

export function SubmissionStateTag({ state }: { state: SubmissionState }) {
  return <Tag modifier={STATE_COLOURS[state]}>{SUBMISSION_STATE_LABELS[state]}</Tag>;
}

/** "X – @DemoNHSTrust": how an official account is named everywhere on these pages. */
export function accountLabel(account: { platform: Platform; handle: string }): string {
  return `${PLATFORM_LABELS[account.platform]} – ${account.handle}`;
}

/** A title, or what to call a draft that has none yet. */
export function titleOf(submission: { title: string }): string {
  return submission.title.trim() === "" ? "Untitled submission" : submission.title;
}

/** The brief's questions, as the form asks them and the pages show them. */
export const BRIEF_QUESTIONS = [
  {
    field: "objective",
    label: "What should this achieve?",
    hint: "For example, more people booking their flu vaccination, or fewer calls to the ward asking about visiting times.",
  },
  {
    field: "audience",
    label: "Who is it for?",
    hint: "The people you want to reach, for example parents of young children in the north of the county, or our own staff.",
  },
  {
    field: "keyMessages",
    label: "Key messages",
    hint: "The two or three things people should take away, one per line.",
  },
  {
    field: "measure",
    label: "How will you measure success?",
    hint: "What you will count or check, and when. The communications team needs this before it considers content (ICBP038 §3.2.5).",
  },
] as const;
export type BriefField = (typeof BRIEF_QUESTIONS)[number]["field"];
