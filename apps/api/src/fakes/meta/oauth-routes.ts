import { createHash, randomBytes } from "node:crypto";
import type { Context, Hono } from "hono";
import { authenticate } from "./auth.ts";
import { GraphFault, invalidParameter } from "./graph-response.ts";
import { escapeHtml, hiddenFields, htmlPage } from "./html.ts";
import { readParams, text } from "./params.ts";
import type { MetaState } from "./state.ts";

const SHORT_LIVED_S = 2 * 3600;
const LONG_LIVED_S = 60 * 24 * 3600;

const REQUEST_FIELDS = ["client_id", "redirect_uri", "state", "scope", "response_type", "code_challenge", "code_challenge_method"] as const;

function oauthError(message: string, subcode?: number): GraphFault {
  return new GraphFault(400, { message, code: 100, ...(subcode !== undefined ? { subcode } : {}) });
}

/**
 * Facebook Login, as a form: the page names typed become pages the signing-in person
 * manages (several, separated by commas), each with an Instagram professional account
 * whose username is the page username lower-cased.
 */
export function oauthRoutes(app: Hono, state: MetaState, options: { clientSecret?: string }): void {
  app.get("/dialog/oauth", (c) => {
    const query = c.req.query();
    if (!query.client_id || !query.redirect_uri) return c.html(htmlPage("Error", "<h1>Invalid App ID</h1><p>client_id and redirect_uri are required.</p>"), 400);
    if ((query.response_type ?? "code") !== "code") return c.html(htmlPage("Error", "<h1>Unsupported response_type</h1>"), 400);
    const carried = Object.fromEntries(REQUEST_FIELDS.map((name) => [name, query[name]]));
    return c.html(
      htmlPage(
        "Log in with Facebook",
        `<h1>Gatehouse wants to post as your Facebook page</h1>
<p>It asks for: ${escapeHtml(query.scope ?? "(no permissions)")}.</p>
<form method="post">
${hiddenFields(carried)}
<label for="page_name">Page name (several pages: separate them with commas)</label>
<input id="page_name" name="page_name" required placeholder="DemoNHSTrust">
<button type="submit">Authorize app</button>
</form>
<p>This is a fake Facebook. Each page also gets an Instagram professional account named after it in lower case (DemoNHSTrust gives @demonhstrust).</p>`,
      ),
    );
  });

  app.post("/dialog/oauth", async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === "string" ? form[name] : undefined);
    const names = (field("page_name") ?? "").split(",").map((n) => n.trim()).filter(Boolean);
    const clientId = field("client_id");
    const redirectUri = field("redirect_uri");
    if (!clientId || !redirectUri) return c.html(htmlPage("Error", "<h1>Invalid App ID</h1>"), 400);
    if (!names.length) return c.html(htmlPage("Error", "<h1>Type the name of your page</h1>"), 400);
    const pages = names.map((name) => state.pageNamed(name));
    const user = { id: state.nextId(), name: `Manager of ${names.join(", ")}`, pageIds: pages.map((p) => p.id) };
    state.users.set(user.id, user);
    const code = randomBytes(24).toString("base64url");
    const challenge = field("code_challenge");
    const challengeMethod = field("code_challenge_method");
    state.codes.set(code, {
      code,
      clientId,
      redirectUri,
      scopes: (field("scope") ?? "").split(/[ ,]+/).filter(Boolean),
      ...(challenge ? { challenge } : {}),
      ...(challengeMethod ? { challengeMethod } : {}),
      userId: user.id,
      expiresAt: new Date(state.now().getTime() + 10 * 60_000),
      used: false,
    });
    const target = new URL(redirectUri);
    target.searchParams.set("code", code);
    const stateParam = field("state");
    if (stateParam) target.searchParams.set("state", stateParam);
    return c.redirect(target.toString(), 302);
  });

  const tokenEndpoint = async (c: Context) => {
    const params = await readParams(c);
    const clientId = text(params, "client_id");
    const secret = text(params, "client_secret");
    if (!clientId) throw oauthError("Missing client_id parameter.");
    if (!secret || (options.clientSecret !== undefined && secret !== options.clientSecret)) throw oauthError("Error validating client secret.", 1);
    if (text(params, "grant_type") === "fb_exchange_token") {
      const short = state.tokens.get(text(params, "fb_exchange_token") ?? "");
      if (!short || short.kind !== "user") throw new GraphFault(400, { message: "Invalid OAuth access token - Cannot parse access token", code: 190 });
      authenticate(state, c, { values: { access_token: short.token }, files: {} });
      const long = state.issueToken({ kind: "user", userId: short.userId, scopes: short.scopes, expiresAt: new Date(state.now().getTime() + LONG_LIVED_S * 1000) });
      return c.json({ access_token: long.token, token_type: "bearer", expires_in: LONG_LIVED_S });
    }
    const grant = state.codes.get(text(params, "code") ?? "");
    if (!grant) throw oauthError("Invalid verification code format.");
    if (grant.used) throw oauthError("This authorization code has been used.", 36009);
    if (grant.expiresAt <= state.now()) throw oauthError("This authorization code has expired.", 36007);
    if (grant.clientId !== clientId) throw oauthError("Error validating verification code. The code was issued to another app.");
    if (grant.redirectUri !== text(params, "redirect_uri")) {
      throw oauthError("Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request", 36008);
    }
    if (grant.challenge) {
      const verifier = text(params, "code_verifier") ?? "";
      const expected = grant.challengeMethod === "plain" ? verifier : createHash("sha256").update(verifier).digest("base64url");
      if (expected !== grant.challenge) throw invalidParameter("The code_verifier does not match the code_challenge of the authorization request.");
    }
    grant.used = true;
    const token = state.issueToken({ kind: "user", userId: grant.userId, scopes: grant.scopes, expiresAt: new Date(state.now().getTime() + SHORT_LIVED_S * 1000) });
    return c.json({ access_token: token.token, token_type: "bearer", expires_in: SHORT_LIVED_S });
  };
  app.get("/oauth/access_token", tokenEndpoint);
  app.post("/oauth/access_token", tokenEndpoint);
}
