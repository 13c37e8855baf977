import { can, CAPABILITY_CLAUSES, CAPABILITY_DESCRIPTIONS, type Capability } from "@gatehouse/policy";
import { initTRPC, TRPCError } from "@trpc/server";
import { clearedSessionCookie, sessionCookie } from "./auth/cookie.ts";
import type { Deps } from "./deps.ts";
import { AppError, type AppErrorCode } from "./errors.ts";
import type { UserWithRoles } from "./users/repo.ts";

export interface Context {
  deps: Deps;
  user: UserWithRoles | null;
  sessionId: string | null;
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

/** The plain part of the context: tests use it with createCaller, the HTTP layer adds cookies. */
export function createContextInner(
  deps: Deps,
  session: { user: UserWithRoles; sessionId: string } | null,
  resHeaders?: Headers,
): Context {
  const secure = deps.config.mode === "production";
  return {
    deps,
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    setSession: (token, expiresAt) => resHeaders?.append("Set-Cookie", sessionCookie(token, expiresAt, secure)),
    clearSession: () => resHeaders?.append("Set-Cookie", clearedSessionCookie(secure)),
  };
}

const CODE_MAP: Record<AppErrorCode, TRPCError["code"]> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
};

interface Issue {
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  message: string;
}

/** Input validation issues as field -> first message, for inline form errors. */
function fieldsFromIssues(cause: unknown): Record<string, string> | undefined {
  const issues = (cause as { issues?: Issue[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return undefined;
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = (issue.path ?? []).map((p) => (typeof p === "object" ? String(p.key) : String(p))).join(".") || "input";
    fields[key] ??= issue.message;
  }
  return fields;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const app = error.cause instanceof AppError ? error.cause : undefined;
    const fields = app?.details.fields ?? (error.code === "BAD_REQUEST" ? fieldsFromIssues(error.cause) : undefined);
    const message =
      !app && fields && error.code === "BAD_REQUEST"
        ? `Check these fields: ${Object.entries(fields)
            .map(([k, v]) => `${k} (${v})`)
            .join("; ")}`
        : shape.message;
    return {
      ...shape,
      message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        ...(fields ? { fields } : {}),
        ...(app?.details.findings ? { findings: app.details.findings } : {}),
      },
    };
  },
});

/** Services throw AppError; here it becomes the matching tRPC error, keeping its details. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const app = result.error.cause;
    throw new TRPCError({ code: CODE_MAP[app.code], message: app.message, cause: app });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapAppErrors);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user || !ctx.sessionId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, user: ctx.user, sessionId: ctx.sessionId } });
});

/** A procedure that needs a capability from packages/policy: the only way permissions are checked. */
export function capabilityProcedure(capability: Capability) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!can(ctx.user.roles, capability)) {
      const clauses = CAPABILITY_CLAUSES[capability];
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `Your role does not allow you to ${CAPABILITY_DESCRIPTIONS[capability]}${clauses ? ` (${clauses.join(", ")})` : ""}.`,
      });
    }
    return next();
  });
}
