import { randomBytes } from "node:crypto";
import type { FakeToken, MastodonFakeState } from "./state.ts";

/** What Gatehouse asks people to tick when they make the token on their instance. */
export const GATEHOUSE_SCOPES = ["read:accounts", "read:statuses", "write:statuses", "write:media"];

/** "@Name@host", "Name@host" or "name" -> "Name"; null when it cannot be a Mastodon username. */
export function usernameFrom(typed: string): string | null {
  const username = typed.trim().replace(/^@/, "").split("@")[0] ?? "";
  return /^[a-zA-Z0-9_]{1,30}$/.test(username) ? username : null;
}

/** A personal access token for `username`, making the account on first use, as "Development > New application" does. */
export function issueToken(state: MastodonFakeState, username: string, scopes: readonly string[] = GATEHOUSE_SCOPES): FakeToken {
  const name = usernameFrom(username);
  if (!name) throw new Error(`"${username}" cannot be a Mastodon username: use letters, digits and underscores.`);
  let account = state.accountByUsername(name);
  if (!account) {
    account = { id: String(109_000_000 + state.accounts.size + 1), username: name, createdAt: state.now() };
    state.accounts.set(account.id, account);
  }
  const token = { token: randomBytes(32).toString("base64url"), accountId: account.id, scopes: [...scopes], revoked: false };
  state.tokens.set(token.token, token);
  return token;
}
