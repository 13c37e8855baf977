import { CLAUSES } from "./clauses.ts";
import type { Category, Finding, Severity } from "./types.ts";

/** Builds a finding citing its category's clauses; detectors call this rather than spelling them out. */
export function finding(
  category: Category,
  rule: string,
  severity: Severity,
  start: number,
  end: number,
  message: string,
  extraClauses: string[] = [],
): Finding {
  return { category, rule, severity, start, end, message, clause: [...CLAUSES[category], ...extraClauses] };
}

/** Every match of a global regular expression with its UTF-16 offsets. */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new Error("matchesOf needs a global regular expression");
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}
