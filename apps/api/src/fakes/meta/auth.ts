import type { Context } from "hono";
import { GraphFault, permissionDenied } from "./graph-response.ts";
import { type GraphParams, text } from "./params.ts";
import type { FakePage, FakeToken, MetaState } from "./state.ts";

/** The token as Graph reads it: the Authorization header (Bearer or OAuth) or access_token. */
export function presentedToken(c: Context, params?: GraphParams): string | undefined {
  const header = c.req.header("authorization")?.match(/^(?:Bearer|OAuth)\s+(.+)$/i)?.[1];
  return header ?? (params ? text(params, "access_token") : new URL(c.req.url).searchParams.get("access_token") ?? undefined);
}

export function authenticate(state: MetaState, c: Context, params: GraphParams): FakeToken {
  const value = presentedToken(c, params);
  if (!value) throw new GraphFault(400, { message: "An active access token must be used to query information about the current user.", code: 2500 });
  const token = state.tokens.get(value);
  if (!token) throw new GraphFault(400, { message: "Invalid OAuth access token - Cannot parse access token", code: 190 });
  if (token.revoked) {
    throw new GraphFault(400, {
      message: "Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.",
      code: 190,
      subcode: 460,
    });
  }
  if (token.expiresAt && token.expiresAt <= state.now()) {
    throw new GraphFault(400, { message: `Error validating access token: Session has expired on ${token.expiresAt.toUTCString()}.`, code: 190, subcode: 463 });
  }
  return token;
}

/** Posting as a page takes that page's own token, granted the permission the call needs. */
export function requirePageToken(token: FakeToken, page: FakePage, scope: string): void {
  if (token.kind !== "page" || token.pageId !== page.id) {
    throw permissionDenied("If posting to a page, requires both pages_read_engagement and pages_manage_posts as an admin with sufficient administrative permission");
  }
  requireScope(token, scope);
}

export function requireScope(token: FakeToken, scope: string): void {
  if (!token.scopes.includes(scope)) throw permissionDenied(`Requires ${scope} permission to manage the object`);
}

/** Instagram calls take a token of someone who manages the linked page: the page's token or their user token. */
export function requireInstagramAccess(state: MetaState, token: FakeToken, pageId: string, scope: string): void {
  const manages = token.kind === "page" ? token.pageId === pageId : (state.users.get(token.userId)?.pageIds.includes(pageId) ?? false);
  if (!manages) throw new GraphFault(400, { message: "(#10) Application does not have permission for this action", code: 10 });
  requireScope(token, scope);
}
