import type { Context, Hono } from "hono";
import { authorizePage, errorPage } from "./authorize-page.ts";
import { withFaults, type FaultQueue } from "./faults.ts";
import type { LinkedInEnv } from "./restli.ts";
import { ACCESS_TOKEN_SECONDS, s256, type FakeClient, type LinkedInState } from "./state.ts";

function oauthError(c: Context, error: string, description: string, status: 400 | 401 = 400): Response {
  return c.json({ error, error_description: description }, status);
}

function redirectTo(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

/** Problems with an authorisation request that LinkedIn shows on its own page, not at the redirect. */
function requestProblem(params: URLSearchParams, client: FakeClient | undefined): string | undefined {
  if (params.get("response_type") !== "code") return "response_type must be code.";
  const clientId = params.get("client_id");
  if (!clientId) return "client_id is missing.";
  if (client && client.id !== clientId) return "The application asking is not registered with this LinkedIn (unknown client_id).";
  const redirectUri = params.get("redirect_uri");
  if (!redirectUri || !URL.canParse(redirectUri)) return "redirect_uri is missing or not a full address.";
  const method = params.get("code_challenge_method");
  if (params.get("code_challenge") && method !== "S256") return "code_challenge_method must be S256.";
  return undefined;
}

/** LinkedIn's 3-legged OAuth 2.0: the consent page, and the token endpoint for codes and refresh tokens. */
export function mountOAuth(app: Hono<LinkedInEnv>, state: LinkedInState, faults: FaultQueue, client: FakeClient | undefined): void {
  app.get("/oauth/v2/authorization", (c) => {
    const params = new URL(c.req.url).searchParams;
    const problem = requestProblem(params, client);
    if (problem) return c.html(errorPage(problem), 400);
    return c.html(authorizePage(new URL(c.req.url).pathname, params));
  });

  app.post("/oauth/v2/authorization", async (c) => {
    const form = await c.req.formData();
    const params = new URLSearchParams();
    for (const [name, value] of form.entries()) if (typeof value === "string") params.set(name, value);
    const problem = requestProblem(params, client);
    if (problem) return c.html(errorPage(problem), 400);
    const redirectUri = params.get("redirect_uri")!;
    const stateParam = params.get("state") ?? undefined;
    if (params.get("decision") === "cancel") {
      return c.redirect(redirectTo(redirectUri, { error: "user_cancelled_authorize", error_description: "The user cancelled the authorization", state: stateParam }), 302);
    }
    const username = params.get("username")?.trim();
    const vanityName = params.get("organization")?.trim();
    if (!username || !vanityName || !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(vanityName)) {
      return c.html(errorPage("Type your username and the page's vanity name (letters, digits and hyphens), then try again."), 400);
    }
    const { member } = state.administer(username, vanityName);
    const code = state.issueCode({
      member: member.urn,
      clientId: params.get("client_id")!,
      redirectUri,
      scope: params.get("scope") ?? "",
      codeChallenge: params.get("code_challenge") ?? undefined,
    });
    return c.redirect(redirectTo(redirectUri, { code: code.value, state: stateParam }), 302);
  });

  app.post(
    "/oauth/v2/accessToken",
    withFaults<LinkedInEnv>(faults, "token", async (c) => {
      if (!(c.req.header("content-type") ?? "").includes("application/x-www-form-urlencoded")) {
        return oauthError(c, "invalid_request", "The request must be form-encoded (application/x-www-form-urlencoded).");
      }
      const form = new URLSearchParams(await c.req.text());
      const clientId = form.get("client_id");
      if (!clientId) return oauthError(c, "invalid_request", "A required parameter \"client_id\" is missing");
      if (client && (client.id !== clientId || (client.secret !== undefined && client.secret !== form.get("client_secret")))) {
        return oauthError(c, "invalid_client", "Client authentication failed", 401);
      }
      const grantType = form.get("grant_type");
      const now = state.now();
      if (grantType === "authorization_code") {
        const code = state.codes.get(form.get("code") ?? "");
        const verifier = form.get("code_verifier");
        const matches =
          code &&
          !code.used &&
          code.expiresAt.getTime() > now.getTime() &&
          code.clientId === clientId &&
          code.redirectUri === form.get("redirect_uri") &&
          (!code.codeChallenge || (verifier !== null && s256(verifier) === code.codeChallenge));
        if (!code || !matches) {
          return oauthError(
            c,
            "invalid_request",
            "Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired.",
          );
        }
        code.used = true;
        const access = state.issueAccessToken(code.member);
        const refresh = state.issueRefreshTokens ? state.issueRefreshToken(code.member, clientId) : undefined;
        return c.json({
          access_token: access.value,
          expires_in: ACCESS_TOKEN_SECONDS,
          ...(refresh ? { refresh_token: refresh.value, refresh_token_expires_in: Math.round((refresh.expiresAt.getTime() - now.getTime()) / 1000) } : {}),
          scope: code.scope.split(/\s+/).filter(Boolean).join(","),
        });
      }
      if (grantType === "refresh_token") {
        const refresh = state.refreshTokens.get(form.get("refresh_token") ?? "");
        if (!refresh || refresh.revoked || refresh.clientId !== clientId || refresh.expiresAt.getTime() <= now.getTime()) {
          return oauthError(c, "invalid_request", "The provided refresh token is invalid, expired or revoked");
        }
        // LinkedIn keeps the same refresh token; its lifetime counts down from the first sign-in.
        const access = state.issueAccessToken(refresh.member);
        return c.json({
          access_token: access.value,
          expires_in: ACCESS_TOKEN_SECONDS,
          refresh_token: refresh.value,
          refresh_token_expires_in: Math.round((refresh.expiresAt.getTime() - now.getTime()) / 1000),
        });
      }
      return oauthError(c, "unsupported_grant_type", `grant_type ${grantType ?? "(none)"} is not supported`);
    }),
  );
}
