import { createHash } from "node:crypto";
import type { Context, Hono } from "hono";
import { fakeBase } from "../recorder.ts";
import { guard, type XEnv } from "./guard.ts";
import { escapeHtml, page } from "./html.ts";
import type { XFakeState } from "./state.ts";

export interface FakeOAuthClient {
  clientId: string;
  clientSecret?: string;
}

const AUTHORIZE_FIELDS = ["response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method"] as const;
const USERNAME = /^[A-Za-z0-9_]{1,15}$/;

function consentPage(action: string, params: Record<string, string>, error?: string): string {
  const hidden = AUTHORIZE_FIELDS.map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(params[name] ?? "")}">`).join("\n");
  const scopes = (params.scope ?? "").split(/\s+/).filter(Boolean);
  return page(
    "Authorize app - X (fake)",
    `<h1>Gatehouse wants to post as @…</h1>
<p>The app <strong>${escapeHtml(params.client_id ?? "")}</strong> asks to: ${scopes.map(escapeHtml).join(", ")}.</p>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="${escapeHtml(action)}">
${hidden}
<label for="username">Your X username</label>
<input id="username" name="username" required pattern="[A-Za-z0-9_]{1,15}" autocomplete="username">
<button type="submit" name="decision" value="allow">Authorize app</button>
<button type="submit" name="decision" value="cancel" formnovalidate>Cancel</button>
</form>`,
  );
}

function authorizeProblem(params: Record<string, string>): string | null {
  if (params.response_type !== "code") return "response_type must be code.";
  for (const name of ["client_id", "redirect_uri", "state", "code_challenge"] as const) {
    if (!params[name]) return `${name} is missing.`;
  }
  if (params.code_challenge_method && !["S256", "plain"].includes(params.code_challenge_method)) return "code_challenge_method must be S256 or plain.";
  try {
    new URL(params.redirect_uri!);
  } catch {
    return "redirect_uri is not a URL.";
  }
  return null;
}

function tokenError(c: Context, error: string, description: string, status: 400 | 401 = 400) {
  return c.json({ error, error_description: description }, status);
}

/** The client as the token request names it: HTTP Basic for confidential clients, else client_id in the form. */
function requestClient(c: Context, form: Record<string, string>): FakeOAuthClient | null {
  const basic = /^Basic\s+(\S+)$/i.exec(c.req.header("authorization") ?? "");
  if (basic) {
    const decoded = Buffer.from(basic[1]!, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return null;
    return { clientId: decodeURIComponent(decoded.slice(0, colon)), clientSecret: decodeURIComponent(decoded.slice(colon + 1)) };
  }
  return form.client_id ? { clientId: form.client_id } : null;
}

function verifierMatches(verifier: string, challenge: string, method: "S256" | "plain"): boolean {
  if (method === "plain") return verifier === challenge;
  return createHash("sha256").update(verifier).digest("base64url") === challenge;
}

/**
 * X's OAuth 2.0 authorisation code flow with PKCE: the consent page, the redirect with a
 * code, and the token endpoint, whose refresh tokens rotate (each works once).
 */
export function registerOAuthRoutes(app: Hono<XEnv>, state: XFakeState, prefix: string, clients: FakeOAuthClient[] | undefined): void {
  const knownClient = (client: FakeOAuthClient, confidential: boolean): boolean => {
    if (!clients) return true;
    const registered = clients.find((r) => r.clientId === client.clientId);
    if (!registered) return false;
    if (registered.clientSecret) return confidential && registered.clientSecret === client.clientSecret;
    return true;
  };

  app.get("/i/oauth2/authorize", (c) => {
    const params = c.req.query();
    const problem = authorizeProblem(params);
    if (problem) return c.html(page("Something went wrong - X (fake)", `<h1>Something went wrong</h1><p>${escapeHtml(problem)}</p>`), 400);
    if (clients && !clients.some((r) => r.clientId === params.client_id)) {
      return c.html(page("Something went wrong - X (fake)", `<h1>Something went wrong</h1><p>This app is not registered.</p>`), 400);
    }
    return c.html(consentPage(`${fakeBase(c.req.url, prefix)}/i/oauth2/authorize`, params));
  });

  app.post("/i/oauth2/authorize", async (c) => {
    const form = Object.fromEntries(Object.entries(await c.req.parseBody()).filter((e): e is [string, string] => typeof e[1] === "string"));
    const problem = authorizeProblem(form);
    if (problem) return c.html(page("Something went wrong - X (fake)", `<h1>Something went wrong</h1><p>${escapeHtml(problem)}</p>`), 400);
    const redirect = new URL(form.redirect_uri!);
    redirect.searchParams.set("state", form.state!);
    if (form.decision === "cancel") {
      redirect.searchParams.set("error", "access_denied");
      return c.redirect(redirect.toString(), 302);
    }
    const username = (form.username ?? "").trim().replace(/^@/, "");
    if (!USERNAME.test(username)) {
      return c.html(consentPage(`${fakeBase(c.req.url, prefix)}/i/oauth2/authorize`, form, "Enter an X username: letters, numbers and underscores, up to 15."), 400);
    }
    const user = state.userNamed(username);
    const code = state.newCode({
      clientId: form.client_id!,
      redirectUri: form.redirect_uri!,
      challenge: form.code_challenge!,
      method: form.code_challenge_method === "S256" ? "S256" : "plain",
      scopes: (form.scope ?? "").split(/\s+/).filter(Boolean),
      userId: user.id,
    });
    redirect.searchParams.set("code", code);
    return c.redirect(redirect.toString(), 302);
  });

  app.post("/2/oauth2/token", guard(state, "POST /2/oauth2/token"), async (c) => {
    if (!(c.req.header("content-type") ?? "").includes("application/x-www-form-urlencoded")) {
      return tokenError(c, "invalid_request", "Missing required parameter [grant_type].");
    }
    const form = Object.fromEntries(Object.entries(await c.req.parseBody()).filter((e): e is [string, string] => typeof e[1] === "string"));
    const client = requestClient(c, form);
    const confidential = /^Basic\s/i.test(c.req.header("authorization") ?? "");
    if (!client || !knownClient(client, confidential)) return tokenError(c, "unauthorized_client", "Missing valid authorization header", 401);

    if (form.grant_type === "authorization_code") {
      const code = form.code ? state.codes.get(form.code) : undefined;
      if (!code || code.expiresAt <= state.now() || code.clientId !== client.clientId) {
        return tokenError(c, "invalid_request", "Value passed for the authorization code was invalid.");
      }
      state.codes.delete(form.code!);
      if (form.redirect_uri !== code.redirectUri) return tokenError(c, "invalid_request", "Value passed for the redirect uri did not match the uri of the authorization code.");
      if (!form.code_verifier || !verifierMatches(form.code_verifier, code.challenge, code.method)) {
        return tokenError(c, "invalid_request", "Value passed for the code verifier did not match the code challenge.");
      }
      return c.json(tokenAnswer(state.issueTokens(code.userId, client.clientId, code.scopes), code.scopes));
    }

    if (form.grant_type === "refresh_token") {
      const grant = form.refresh_token ? state.refreshTokens.get(form.refresh_token) : undefined;
      if (!grant || grant.clientId !== client.clientId) return tokenError(c, "invalid_request", "Value passed for the token was invalid.");
      // X rotates refresh tokens: the one just used never works again.
      state.refreshTokens.delete(form.refresh_token!);
      return c.json(tokenAnswer(state.issueTokens(grant.userId, client.clientId, grant.scopes), grant.scopes));
    }

    return tokenError(c, "invalid_request", "Value passed for the grant type was invalid.");
  });
}

function tokenAnswer(tokens: { accessToken: string; refreshToken?: string; expiresIn: number }, scopes: string[]) {
  return {
    token_type: "bearer",
    expires_in: tokens.expiresIn,
    access_token: tokens.accessToken,
    scope: scopes.join(" "),
    ...(tokens.refreshToken ? { refresh_token: tokens.refreshToken } : {}),
  };
}
