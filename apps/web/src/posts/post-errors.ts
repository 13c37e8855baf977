import type { AppRouter } from "@gatehouse/api/router";
import { isTRPCClientError } from "@trpc/client";
import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem, type FormErrors } from "../components/form-errors.ts";

/** A gate finding as the web shows it: what is wrong and the policy clause it enforces. */
export interface ShownFinding {
  message: string;
  clause: readonly string[];
}

function isShownFinding(value: unknown): value is ShownFinding {
  if (typeof value !== "object" || value === null) return false;
  const { message, clause } = value as { message?: unknown; clause?: unknown };
  return typeof message === "string" && Array.isArray(clause) && clause.every((c) => typeof c === "string");
}

/** The findings of a failed gate (PRECONDITION_FAILED), or none. */
export function gateFindingsOf(error: unknown): ShownFinding[] {
  if (!isTRPCClientError<AppRouter>(error) || !error.data || !("findings" in error.data)) return [];
  const findings: unknown = error.data.findings;
  return Array.isArray(findings) ? findings.filter(isShownFinding) : [];
}

export function withClauses(finding: ShownFinding): string {
  return finding.clause.length > 0 ? `${finding.message} (${finding.clause.join(", ")})` : finding.message;
}

/**
 * A post action's error as form errors. The API names its input (`publishAt`, `reason`); the
 * page's forms share one error summary, so their field ids are distinct and `fieldIds` maps
 * one to the other. A failed gate lists every finding with its clause.
 */
export function postFormErrors(error: unknown, fieldIds: Record<string, string>, linkTo?: string): FormErrors {
  const problem = apiProblem(error);
  const fields = Object.fromEntries(Object.entries(problem.fields).map(([name, message]) => [fieldIds[name] ?? name, message]));
  const errors = formErrorsFromProblem({ ...problem, fields }, Object.values(fieldIds), linkTo);
  const findings = gateFindingsOf(error);
  if (findings.length === 0) return errors;
  return {
    ...errors,
    summary: [{ message: problem.message }, ...findings.map((finding) => ({ message: withClauses(finding) }))],
  };
}
