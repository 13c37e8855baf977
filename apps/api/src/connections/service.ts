import { createHash, randomBytes } from "node:crypto";
import { PLATFORM_LABELS, type Platform } from "@gatehouse/policy";
import * as accountsRepo from "../accounts/repo.ts";
import { recordAudit } from "../audit/service.ts";
import { PLATFORM_MODULES } from "../connectors/platforms.ts";
import { ConnectorError, type Credentials } from "../connectors/types.ts";
import type { Deps } from "../deps.ts";
import { AppError, badField, notFound } from "../errors.ts";
import { notify } from "../notifications/service.ts";
import { userIdsWithRole, type UserWithRoles } from "../users/repo.ts";
import { connectorContext } from "./connector-context.ts";
import { fakeBaseUrl } from "./fakes.ts";
import * as repo from "./repo.ts";
import { credentialColumns, sealCredentials } from "./stored-connection.ts";

/** A person has this long to get through the platform's sign-in before the round trip is void. */
const OAUTH_STATE_TTL_MS = 15 * 60_000;

async function loadAccount(deps: Deps, accountId: string) {
  const account = await accountsRepo.findAccount(deps.db, accountId);
  if (!account) throw notFound("That account");
  return { ...account, platform: account.platform as Platform };
}

function moduleOf(platform: Platform) {
  return PLATFORM_MODULES[platform];
}

export async function connectionOptions(deps: Deps, accountId: string) {
  const account = await loadAccount(deps, accountId);
  const module = moduleOf(account.platform);
  return {
    platform: account.platform,
    method: module.connect.kind,
    defaultBaseUrl: module.defaultBaseUrl,
    baseUrlPerAccount: module.baseUrlPerAccount,
    fakeBaseUrl: fakeBaseUrl(deps.config, account.platform),
  };
}

export function redirectUri(deps: Deps): string {
  return `${deps.config.publicUrl}/api/oauth/callback`;
}

function base64url(bytes: Buffer): string {
  return bytes.toString("base64url");
}

/** Starts the platform's sign-in: returns the address to send the person to. */
export async function startOAuth(deps: Deps, actor: UserWithRoles, accountId: string, useFake: boolean): Promise<{ authorizeUrl: string }> {
  const account = await loadAccount(deps, accountId);
  const module = moduleOf(account.platform);
  if (module.connect.kind !== "oauth") throw new AppError("BAD_REQUEST", `${PLATFORM_LABELS[account.platform]} accounts are not connected through a sign-in page.`);
  const fake = fakeBaseUrl(deps.config, account.platform);
  if (useFake && !fake) throw badField("useFake", "The local fakes are only served in the demo.");
  const baseUrl = useFake ? fake! : module.defaultBaseUrl;
  const ctx = connectorContext(deps);
  let clientId: string;
  try {
    clientId = ctx.oauthClient(account.platform).clientId;
  } catch (error) {
    throw new AppError("PRECONDITION_FAILED", (error as Error).message);
  }
  const state = base64url(randomBytes(24));
  const verifier = base64url(randomBytes(48));
  const now = deps.clock.now();
  await repo.deleteExpiredOAuthStates(deps.db, now.toISOString());
  await repo.insertOAuthState(deps.db, {
    state,
    account_id: accountId,
    user_id: actor.id,
    code_verifier: verifier,
    base_url: baseUrl,
    redirect_uri: redirectUri(deps),
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + OAUTH_STATE_TTL_MS).toISOString(),
  });
  const url = new URL(module.connect.authorizeUrl(baseUrl));
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", clientId);
  url.searchParams.set("redirect_uri", redirectUri(deps));
  url.searchParams.set("scope", module.connect.scopes.join(" "));
  url.searchParams.set("state", state);
  if (module.connect.pkce) {
    url.searchParams.set("code_challenge", base64url(createHash("sha256").update(verifier).digest()));
    url.searchParams.set("code_challenge_method", "S256");
  }
  return { authorizeUrl: url.toString() };
}

/** Stores new credentials on the account and points it at the platform, audited. */
async function saveConnection(deps: Deps, actorId: string, accountId: string, baseUrl: string, credentials: Credentials, method: string): Promise<void> {
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (tx) => {
    await repo.updateConnection(tx, accountId, {
      connector: "api",
      base_url: baseUrl,
      credentials_enc: sealCredentials(deps, accountId, credentials),
      ...credentialColumns(credentials),
      connected_at: now,
      connected_by: actorId,
      connection_error: null,
      updated_at: now,
    });
    await recordAudit(tx, deps.clock, {
      actorId,
      action: "account.connected",
      entityType: "account",
      entityId: accountId,
      // Where and as whom: never the credentials themselves.
      after: { baseUrl, remoteHandle: credentials.remoteHandle ?? null, method },
    });
  });
}

/** A platform's refusal, as a message a person can act on. */
function connectFailure(error: unknown): AppError {
  if (error instanceof ConnectorError) return new AppError("PRECONDITION_FAILED", error.message);
  if (error instanceof AppError) return error;
  throw error;
}

export class OAuthCallbackError extends Error {
  constructor(
    message: string,
    readonly accountId: string | null,
  ) {
    super(message);
  }
}

/** The platform sent the person back: swap the code for tokens and keep them. Returns the account and its remote handle. */
export async function completeOAuth(deps: Deps, actorId: string, input: { state?: string | undefined; code?: string | undefined; error?: string | undefined; errorDescription?: string | undefined }) {
  const pending = input.state ? await repo.takeOAuthState(deps.db, input.state) : undefined;
  if (!pending) throw new OAuthCallbackError("That sign-in link has already been used or has expired. Start connecting again.", null);
  // Only the person who started it may finish it: a link planted in someone else's browser connects nothing.
  if (pending.user_id !== actorId) throw new OAuthCallbackError("This sign-in was started by someone else. Start connecting again yourself.", pending.account_id);
  if (pending.expires_at < deps.clock.now().toISOString()) throw new OAuthCallbackError("The sign-in took too long. Start connecting again.", pending.account_id);
  if (input.error || !input.code) {
    throw new OAuthCallbackError(input.error === "access_denied" ? "Access was not allowed on the platform's page, so nothing changed." : `The platform did not connect the account: ${input.errorDescription ?? input.error ?? "no code came back"}.`, pending.account_id);
  }
  const account = await loadAccount(deps, pending.account_id);
  const module = moduleOf(account.platform);
  if (module.connect.kind !== "oauth") throw new OAuthCallbackError("This account is not connected through a sign-in page.", account.id);
  const ctx = connectorContext(deps);
  let credentials: Credentials;
  try {
    const grant = await module.connect.exchangeCode(ctx, pending.base_url, { code: input.code, codeVerifier: module.connect.pkce ? pending.code_verifier : undefined, redirectUri: pending.redirect_uri });
    credentials = await module.connect.complete(ctx, pending.base_url, grant, account.handle);
  } catch (error) {
    if (error instanceof ConnectorError) throw new OAuthCallbackError(error.message, account.id);
    throw error;
  }
  await saveConnection(deps, pending.user_id, account.id, pending.base_url, credentials, "oauth");
  return { accountId: account.id, platform: account.platform, remoteHandle: credentials.remoteHandle ?? account.handle };
}

function checkBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw badField("baseUrl", "Enter the server's address, starting with https://.");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && ["127.0.0.1", "localhost"].includes(url.hostname))) {
    throw badField("baseUrl", "The server's address must start with https:// (plain http is only allowed on this machine).");
  }
  return url.toString().replace(/\/$/, "");
}

export async function connectWithToken(deps: Deps, actor: UserWithRoles, input: { accountId: string; baseUrl: string; accessToken: string }): Promise<void> {
  const account = await loadAccount(deps, input.accountId);
  const module = moduleOf(account.platform);
  if (module.connect.kind !== "token") throw new AppError("BAD_REQUEST", `${PLATFORM_LABELS[account.platform]} accounts are not connected with an access token.`);
  const baseUrl = checkBaseUrl(input.baseUrl);
  let credentials: Credentials;
  try {
    credentials = await module.connect.verify(connectorContext(deps), baseUrl, input.accessToken.trim(), account.handle);
  } catch (error) {
    throw connectFailure(error);
  }
  await saveConnection(deps, actor.id, account.id, baseUrl, credentials, "token");
}

export async function connectWithAppPassword(deps: Deps, actor: UserWithRoles, input: { accountId: string; baseUrl: string; identifier: string; password: string }): Promise<void> {
  const account = await loadAccount(deps, input.accountId);
  const module = moduleOf(account.platform);
  if (module.connect.kind !== "app_password") throw new AppError("BAD_REQUEST", `${PLATFORM_LABELS[account.platform]} accounts are not connected with an app password.`);
  const baseUrl = checkBaseUrl(input.baseUrl);
  let credentials: Credentials;
  try {
    credentials = await module.connect.login(connectorContext(deps), baseUrl, input.identifier.trim(), input.password, account.handle);
  } catch (error) {
    throw connectFailure(error);
  }
  await saveConnection(deps, actor.id, account.id, baseUrl, credentials, "app_password");
}

/** Forgets the platform credentials: the account publishes to the built-in sandbox again. */
export async function useSandbox(deps: Deps, actor: UserWithRoles, accountId: string): Promise<void> {
  const account = await loadAccount(deps, accountId);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (tx) => {
    await repo.updateConnection(tx, accountId, {
      connector: "sandbox",
      base_url: null,
      credentials_enc: null,
      remote_handle: null,
      token_expires_at: null,
      renew_by: null,
      connected_at: null,
      connected_by: null,
      connection_error: null,
      updated_at: now,
    });
    await recordAudit(tx, deps.clock, { actorId: actor.id, action: "account.disconnected", entityType: "account", entityId: accountId, before: { connector: account.connector }, after: { connector: "sandbox" } });
  });
}

/** The platform refused the account's credentials and a refresh did not help: tell whoever can act. */
export async function markDisconnected(deps: Deps, accountId: string, reason: string): Promise<void> {
  const account = await loadAccount(deps, accountId);
  if (account.connector !== "api") return;
  await deps.db.transaction().execute(async (tx) => {
    const current = await repo.findConnection(tx, accountId);
    if (current?.connection_error === reason) return; // already told
    await repo.updateConnection(tx, accountId, { connection_error: reason, updated_at: deps.clock.now().toISOString() });
    await recordAudit(tx, deps.clock, { actorId: null, action: "account.connection_lost", entityType: "account", entityId: accountId, reason });
    // Comms who publish there, and the admins who can connect it again.
    const people = [...(await accountsRepo.granteeIds(tx, accountId)), ...(await userIdsWithRole(tx, "admin"))];
    await notify(tx, deps.clock, people, "account_disconnected", `${PLATFORM_LABELS[account.platform]} stopped accepting ${account.handle}: ${reason}`, `/accounts/${accountId}`);
  });
}
