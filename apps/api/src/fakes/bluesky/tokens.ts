import { createHmac, randomBytes, randomUUID } from "node:crypto";
import type { BlueskyState, FakeAccount } from "./state.ts";

const SECRET = randomBytes(32);

function sign(payload: Record<string, unknown>): string {
  const head = Buffer.from(JSON.stringify({ typ: "at+jwt", alg: "HS256" })).toString("base64url");
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  const signature = createHmac("sha256", SECRET).update(`${head}.${body}`).digest("base64url");
  return `${head}.${body}.${signature}`;
}

/** A session as createSession answers it: an access JWT (2 h) and a refresh JWT (90 days), both with `exp`. */
export function issueSession(state: BlueskyState, account: FakeAccount) {
  const now = state.now();
  const issue = (scope: "access" | "refresh", lifetimeMs: number) => {
    const expiresAt = new Date(now.getTime() + lifetimeMs);
    const token = sign({
      scope: scope === "access" ? "com.atproto.appPass" : "com.atproto.refresh",
      sub: account.did,
      aud: "did:web:fake-pds.test",
      iat: Math.floor(now.getTime() / 1000),
      exp: Math.floor(expiresAt.getTime() / 1000),
      jti: randomUUID(),
    });
    state.tokens.set(token, { did: account.did, scope, expiresAt, revoked: false });
    return token;
  };
  return {
    accessJwt: issue("access", state.accessLifetimeMs),
    refreshJwt: issue("refresh", state.refreshLifetimeMs),
    handle: account.handle,
    did: account.did,
    email: `${account.handle.split(".")[0]}@example.test`,
    emailConfirmed: true,
    active: true,
  };
}
