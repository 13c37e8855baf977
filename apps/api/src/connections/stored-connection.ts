import type { Connection, Credentials } from "../connectors/types.ts";
import type { Deps } from "../deps.ts";
import { open, seal } from "./crypto.ts";
import { keyRing } from "./key-ring.ts";
import * as repo from "./repo.ts";

/** What the accounts page may show of a set of credentials: their dates and the remote handle. */
export function credentialColumns(credentials: Credentials) {
  return {
    remote_handle: credentials.remoteHandle ?? null,
    token_expires_at: credentials.expiresAt ?? null,
    // With an app password a new session can always be made (Bluesky); without a refresh
    // token the access token's end is the connection's end.
    renew_by: credentials.appPassword ? null : credentials.refreshToken ? (credentials.refreshExpiresAt ?? null) : (credentials.expiresAt ?? null),
  };
}

export function sealCredentials(deps: Deps, accountId: string, credentials: Credentials): string {
  return seal(keyRing(deps.config), JSON.stringify(credentials), accountId);
}

/** An account's platform credentials, decrypted only when a client asks and saved encrypted. */
export class StoredConnection implements Connection {
  private lastSealed: string | null = null;

  constructor(
    private readonly deps: Deps,
    private readonly accountId: string,
    readonly baseUrl: string,
  ) {}

  async credentials(): Promise<Credentials> {
    const sealed = await repo.readSealedCredentials(this.deps.db, this.accountId);
    if (!sealed) throw new Error("This account has no stored credentials.");
    this.lastSealed = sealed;
    return JSON.parse(open(keyRing(this.deps.config), sealed, this.accountId)) as Credentials;
  }

  async saveCredentials(credentials: Credentials): Promise<void> {
    const sealed = sealCredentials(this.deps, this.accountId, credentials);
    const changes = { credentials_enc: sealed, ...credentialColumns(credentials), connection_error: null, updated_at: this.deps.clock.now().toISOString() };
    // Over the set we read only: if another worker saved newer ones meanwhile, theirs stand.
    const replaced = this.lastSealed
      ? await repo.replaceCredentials(this.deps.db, this.accountId, this.lastSealed, changes)
      : (await repo.updateConnection(this.deps.db, this.accountId, changes), true);
    if (replaced) this.lastSealed = sealed;
    else this.deps.log.info({ accountId: this.accountId }, "refreshed credentials not saved: another worker saved newer ones");
  }
}
