import type { Severity } from "@gatehouse/policy";
import type { TagProps } from "nhsuk-react-components";

/** What each severity asks of the person, in their words. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  block: "Must fix",
  warn: "Check",
  info: "Advice",
};

export const SEVERITY_COLOURS: Record<Severity, NonNullable<TagProps["modifier"]>> = {
  block: "red",
  warn: "yellow",
  info: "blue",
};

/** Most serious first. */
export const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };
