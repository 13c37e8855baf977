import type { Platform } from "@gatehouse/policy";

/**
 * What a platform gave us for an account, kept encrypted at rest (connections/crypto.ts) and
 * never logged or sent to the browser.
 */
export interface Credentials {
  accessToken: string;
  refreshToken?: string | undefined;
  /** ISO instant the access token stops working; absent when it does not expire (Mastodon, page tokens) */
  expiresAt?: string | undefined;
  /** ISO instant the refresh token stops working (Bluesky's refresh JWT, LinkedIn's 365 days) */
  refreshExpiresAt?: string | undefined;
  /**
   * The platform's id of the account we post as: X user id, Facebook page id, Instagram
   * business user id, LinkedIn organisation URN, Mastodon account id, Bluesky DID.
   */
  remoteAccountId: string;
  /** the handle the platform knows the account by, for public URLs (X username, Bluesky handle, Mastodon acct) */
  remoteHandle?: string | undefined;
  /** Bluesky keeps the app password to start a new session once the refresh JWT has gone */
  appPassword?: string | undefined;
}

/** A platform connection as a client sees it: where the API is, and the account's keys. */
export interface Connection {
  /** the platform's API root: the real one (https://api.x.com) or a fake's (http://127.0.0.1:4123) */
  baseUrl: string;
  credentials(): Promise<Credentials>;
  /** keeps refreshed credentials, so the next call and the next process use them */
  saveCredentials(credentials: Credentials): Promise<void>;
}

/** The account as a connector needs it. `connection` is absent for the built-in sandbox. */
export interface ConnectorAccount {
  id: string;
  platform: Platform;
  handle: string;
  connection?: Connection | undefined;
}

/** A picture as a platform receives it: the rendition made for that platform, and its alt text. */
export interface PublishMedia {
  bytes: Buffer;
  contentType: string;
  width: number;
  height: number;
  altText: string;
}

export interface PublishRequest {
  account: ConnectorAccount;
  /** stable for the post across every attempt: platforms that support it deduplicate on it */
  idempotencyKey: string;
  text: string;
  media: readonly PublishMedia[];
  /** aborted when the publisher stops waiting: a client drops the request, as fetch does */
  signal?: AbortSignal;
}

export interface RemotePost {
  remoteId: string;
  url: string;
}

export interface FindRequest {
  account: ConnectorAccount;
  idempotencyKey: string;
  text: string;
  /** only posts made at or after this instant can be ours */
  since: Date;
}

/**
 * How a platform call failed, in our words. `timeout` and `transient` leave it unknown
 * whether the platform accepted the post, so the publisher reconciles before sending again.
 * `duplicate` means the platform says it already has this post: reconcile, never resend.
 * `auth` means the credentials failed and a refresh did not help: the account needs reconnecting.
 * `unsupported` means the platform's API cannot do this at all (Instagram has no delete).
 */
export type ConnectorErrorKind = "transient" | "timeout" | "rate_limited" | "duplicate" | "auth" | "permanent" | "unsupported";

export class ConnectorError extends Error {
  constructor(
    readonly kind: ConnectorErrorKind,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "ConnectorError";
  }
}

/** The platform's API refused an operation it cannot do; takedown falls back to a guided manual task. */
export function unsupported(message: string): ConnectorError {
  return new ConnectorError("unsupported", message);
}

export interface Connector {
  publish(request: PublishRequest): Promise<RemotePost>;
  /** Does this post already exist on the platform? By idempotency key where the platform keeps one, else by matching recent posts. */
  find(request: FindRequest): Promise<RemotePost | null>;
  delete(account: ConnectorAccount, remoteId: string): Promise<void>;
}
