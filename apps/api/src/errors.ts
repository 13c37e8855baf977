/**
 * The one error type services and policy code throw. The tRPC layer maps `code` to a tRPC
 * error code; anything else that escapes is an internal error and is logged once.
 */
export const APP_ERROR_CODES = [
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "PRECONDITION_FAILED",
  "TOO_MANY_REQUESTS",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export interface AppErrorDetails {
  /** field name -> message, shown inline next to the form field */
  fields?: Record<string, string>;
  /** policy findings for a failed gate */
  findings?: unknown[];
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);
export const forbidden = (message: string) => new AppError("FORBIDDEN", message);
export const badField = (field: string, message: string) =>
  new AppError("BAD_REQUEST", message, { fields: { [field]: message } });
export const conflict = (message: string, field?: string) =>
  new AppError("CONFLICT", message, field ? { fields: { [field]: message } } : {});

/** The server will not start as configured (for example, demo users in production). */
export class StartupRefused extends Error {}
