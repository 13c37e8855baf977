import type { Hono } from "hono";
import type { BlueskyState } from "./state.ts";
import { issueSession } from "./tokens.ts";
import { requireSession, xrpcError, type BlueskyEnv } from "./xrpc.ts";

/** A DID for a new account: did:plc is 24 base32 characters. */
function newDid(handle: string, state: BlueskyState): string {
  const suffix = Buffer.from(`${handle}:${state.accounts.size}`).toString("hex").replace(/[^a-z2-7]/g, "a").padEnd(24, "a").slice(0, 24);
  return `did:plc:${suffix}`;
}

export function createAccount(state: BlueskyState, handle: string, appPassword: string) {
  const bare = handle.replace(/^@/, "").toLowerCase();
  const existing = state.accountByIdentifier(bare);
  if (existing) {
    existing.passwords.add(appPassword);
    return existing;
  }
  const account = { did: newDid(bare, state), handle: bare, passwords: new Set([appPassword]) };
  state.accounts.set(account.did, account);
  return account;
}

/** com.atproto.server.*: sessions from a handle (or DID) and an app password; refresh JWTs rotate. */
export function serverRoutes(app: Hono<BlueskyEnv>, state: BlueskyState): void {
  app.post("/xrpc/com.atproto.server.createSession", async (c) => {
    const body = await c.req.json<{ identifier?: unknown; password?: unknown }>().catch(() => null);
    if (typeof body?.identifier !== "string" || typeof body.password !== "string") {
      return xrpcError(c, 400, "InvalidRequest", "Input must have the property \"identifier\" and \"password\"");
    }
    let account = state.accountByIdentifier(body.identifier.replace(/^@/, ""));
    if (!account && state.autoCreateAccounts && !body.identifier.startsWith("did:") && !body.identifier.includes("@")) {
      account = createAccount(state, body.identifier, body.password);
    }
    if (!account || !account.passwords.has(body.password)) return xrpcError(c, 401, "AuthenticationRequired", "Invalid identifier or password");
    return c.json(issueSession(state, account));
  });

  app.post("/xrpc/com.atproto.server.refreshSession", (c) => {
    const header = c.req.header("authorization") ?? "";
    if (!header.startsWith("Bearer ")) return xrpcError(c, 401, "AuthMissing", "Authentication Required");
    const token = state.tokens.get(header.slice(7));
    if (!token || token.scope !== "refresh") return xrpcError(c, 400, "InvalidToken", "Token could not be verified");
    if (token.revoked) return xrpcError(c, 400, "ExpiredToken", "Token has been revoked");
    if (token.expiresAt.getTime() <= state.now().getTime()) return xrpcError(c, 400, "ExpiredToken", "Token has expired");
    const account = state.accounts.get(token.did);
    if (!account) return xrpcError(c, 400, "InvalidToken", "Token could not be verified");
    // Rotation: the refresh JWT is spent. (The reference PDS allows a short grace period; the fake is strict.)
    token.revoked = true;
    return c.json(issueSession(state, account));
  });

  app.get("/xrpc/com.atproto.server.getSession", requireSession(state), (c) => {
    const account = c.get("account");
    return c.json({ handle: account.handle, did: account.did, active: true });
  });
}
