import type { AppRouter } from "@gatehouse/api/router";
import { isTRPCClientError } from "@trpc/client";

export const SERVICE_PROBLEM = "Sorry, there is a problem with the service. Try again later.";

/** What the web needs from any error: the API's code, a message fit to show, and field messages. */
export interface ApiProblem {
  code: string | undefined;
  message: string;
  fields: Record<string, string>;
}

/**
 * Reads an error from a query or mutation. The API's messages are written for people, so they
 * are shown as they are; anything else (a network failure, an internal error) becomes a plain
 * apology, never a stack trace or a raw exception text.
 */
export function apiProblem(error: unknown): ApiProblem {
  if (isTRPCClientError<AppRouter>(error) && error.data) {
    const { code } = error.data;
    const fields = error.data.fields ?? {};
    if (code === "INTERNAL_SERVER_ERROR") return { code, message: SERVICE_PROBLEM, fields: {} };
    return { code, message: error.message, fields };
  }
  return { code: undefined, message: SERVICE_PROBLEM, fields: {} };
}

export function apiErrorCode(error: unknown): string | undefined {
  return apiProblem(error).code;
}

/** 4xx answers will not change by asking again; network and server failures might. */
export function isWorthRetrying(error: unknown): boolean {
  const code = apiErrorCode(error);
  return code === undefined || code === "INTERNAL_SERVER_ERROR" || code === "TOO_MANY_REQUESTS";
}
