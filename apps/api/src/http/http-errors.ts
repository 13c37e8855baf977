import { can, CAPABILITY_DESCRIPTIONS, type Capability } from "@gatehouse/policy";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { readCookie, SESSION_COOKIE } from "../auth/cookie.ts";
import { userForSession } from "../auth/service.ts";
import type { Deps } from "../deps.ts";
import type { UserWithRoles } from "../users/repo.ts";

/** Plain-HTTP errors have one shape: {error: {code, message}}. */
export function httpError(c: Context, status: ContentfulStatusCode, code: string, message: string) {
  return c.json({ error: { code, message } }, status);
}

/** The signed-in user of a plain-HTTP request, or the error response to send instead. */
export async function signedIn(deps: Deps, c: Context, capability?: Capability): Promise<{ user: UserWithRoles } | { refusal: Response }> {
  const session = await userForSession(deps, readCookie(c.req.header("cookie"), SESSION_COOKIE));
  if (!session) return { refusal: httpError(c, 401, "UNAUTHORIZED", "Sign in to continue.") };
  if (capability && !can(session.user.roles, capability)) {
    return { refusal: httpError(c, 403, "FORBIDDEN", `Your role does not allow you to ${CAPABILITY_DESCRIPTIONS[capability]}.`) };
  }
  return { user: session.user };
}
