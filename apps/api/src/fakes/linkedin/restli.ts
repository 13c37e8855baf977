import type { Context, MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { LinkedInState } from "./state.ts";

/** Hono's typing for the fake: the member the bearer token acts for. */
export interface LinkedInEnv {
  Variables: { member: string };
}

/** A Rest.li error answer, shaped like LinkedIn's: status, code, message. */
export function restliError(c: Context, status: ContentfulStatusCode, code: string, message: string, serviceErrorCode?: number): Response {
  return c.json({ status, ...(serviceErrorCode === undefined ? {} : { serviceErrorCode }), code, message }, status);
}

/** A field-level refusal (the Posts API's 400s and 422s), with inputErrors naming the field. */
export function inputError(c: Context, status: 400 | 422, code: string, fieldPath: string, description: string, message = description): Response {
  return c.json(
    {
      errorDetailType: "com.linkedin.common.error.BadRequest",
      message,
      errorDetails: { inputErrors: [{ description, input: { inputPath: { fieldPath } }, code }] },
      status,
    },
    status,
  );
}

/** The member a bearer token acts for, or the 401 LinkedIn would give. */
export function bearerMember(c: Context, state: LinkedInState): string | Response {
  const header = c.req.header("authorization") ?? "";
  const value = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!value) return restliError(c, 401, "EMPTY_ACCESS_TOKEN", "Empty oauth2_access_token", 401);
  const token = state.accessTokens.get(value);
  if (!token) return restliError(c, 401, "INVALID_ACCESS_TOKEN", "Invalid access token", 65600);
  if (token.expiresAt.getTime() <= state.now().getTime()) {
    return restliError(c, 401, "EXPIRED_ACCESS_TOKEN", "The token used in the request has expired", 65601);
  }
  return token.member;
}

/*
 * Every /rest call needs a bearer token, a LinkedIn-Version (YYYYMM, versions retire after a
 * year) and X-Restli-Protocol-Version 2.0.0. The code LinkedIn gives for a missing version is
 * not documented (UNCONFIRMED): VERSION_MISSING with 400 is what clients report seeing.
 */
export function restGuard(state: LinkedInState): MiddlewareHandler<LinkedInEnv> {
  return async (c, next) => {
    const member = bearerMember(c, state);
    if (typeof member !== "string") return member;
    const version = c.req.header("linkedin-version");
    if (!version) {
      return restliError(c, 400, "VERSION_MISSING", "A version must be present. Please specify a version by adding the LinkedIn-Version header.");
    }
    if (!/^\d{6}(\.\d{2})?$/.test(version)) return restliError(c, 426, "NONEXISTENT_VERSION", `Requested version ${version} is not active`);
    if (c.req.header("x-restli-protocol-version") !== "2.0.0") {
      return restliError(c, 400, "ILLEGAL_ARGUMENT", "This API needs the header X-Restli-Protocol-Version: 2.0.0.");
    }
    c.set("member", member);
    await next();
  };
}
