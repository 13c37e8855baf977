import { createHash, randomBytes } from "node:crypto";
import type { ConnectorContext } from "../../src/connectors/context.ts";
import type { OAuthConnect, PlatformModule, TokenGrant } from "../../src/connectors/platform-module.ts";
import type { Credentials } from "../../src/connectors/types.ts";

export const REDIRECT_URI = "http://127.0.0.1:9/connections/callback";

export interface SignIn {
  grant: TokenGrant;
  credentials: Credentials;
  verifier: string;
}

function oauthOf(module: PlatformModule): OAuthConnect {
  if (module.connect.kind !== "oauth") throw new Error(`${module.platform} does not connect with OAuth`);
  return module.connect;
}

/**
 * Signs in on the fake's Facebook Login page the way a browser would: GET the dialog, POST
 * its form with the page names typed, take the code from the redirect. Answers the code and
 * the PKCE verifier, for the exchange.
 */
export async function authorize(module: PlatformModule, baseUrl: string, pageNames: string, options: { verifier?: string } = {}): Promise<{ code: string; verifier: string }> {
  const connect = oauthOf(module);
  const verifier = options.verifier ?? randomBytes(32).toString("base64url");
  const url = new URL(connect.authorizeUrl(baseUrl));
  const state = randomBytes(8).toString("hex");
  url.search = new URLSearchParams({
    client_id: "gatehouse-test",
    redirect_uri: REDIRECT_URI,
    state,
    scope: connect.scopes.join(","),
    response_type: "code",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
  }).toString();
  const page = await fetch(url);
  const html = await page.text();
  if (!html.includes("Gatehouse wants to post as")) throw new Error(`unexpected dialog page: ${html.slice(0, 200)}`);
  const form = new URLSearchParams();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.set(name!, value!.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
  }
  form.set("page_name", pageNames);
  const answer = await fetch(url, { method: "POST", body: form, redirect: "manual" });
  const location = new URL(answer.headers.get("location") ?? "");
  if (location.searchParams.get("state") !== state) throw new Error("the dialog lost the state");
  return { code: location.searchParams.get("code")!, verifier };
}

/** The whole connect path: authorise, exchange the code, complete for `handle`. */
export async function signIn(module: PlatformModule, ctx: ConnectorContext, baseUrl: string, pageNames: string, handle: string): Promise<SignIn> {
  const connect = oauthOf(module);
  const { code, verifier } = await authorize(module, baseUrl, pageNames);
  const grant = await connect.exchangeCode(ctx, baseUrl, { code, codeVerifier: verifier, redirectUri: REDIRECT_URI });
  const credentials = await connect.complete(ctx, baseUrl, grant, handle);
  return { grant, credentials, verifier };
}
