import type { AppRouter } from "@gatehouse/api/router";
import type { Severity } from "@gatehouse/policy";
import { isTRPCClientError } from "@trpc/client";

/** A finding from a failed gate (PRECONDITION_FAILED): what is wrong and the clauses it enforces. */
export interface GateFinding {
  severity: Severity;
  message: string;
  clause: string[];
}

function isGateFinding(value: unknown): value is GateFinding {
  if (typeof value !== "object" || value === null) return false;
  const { severity, message, clause } = value as Record<string, unknown>;
  return (
    (severity === "block" || severity === "warn" || severity === "info") &&
    typeof message === "string" &&
    Array.isArray(clause) &&
    clause.every((c) => typeof c === "string")
  );
}

/** The findings the API refused with (`data.findings`), or none. */
export function gateFindingsOf(error: unknown): GateFinding[] {
  if (!isTRPCClientError<AppRouter>(error) || !error.data || !("findings" in error.data)) return [];
  const findings: unknown = error.data.findings;
  return Array.isArray(findings) ? findings.filter(isGateFinding) : [];
}
