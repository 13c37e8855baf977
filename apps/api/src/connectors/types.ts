import type { Platform } from "@gatehouse/policy";

/** The account as a connector needs it. Real clients add credentials later (issue: real connectors). */
export interface ConnectorAccount {
  id: string;
  platform: Platform;
  handle: string;
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
 */
export type ConnectorErrorKind = "transient" | "timeout" | "rate_limited" | "duplicate" | "auth" | "permanent";

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

export interface Connector {
  publish(request: PublishRequest): Promise<RemotePost>;
  /** Does this post already exist on the platform? By idempotency key where the platform keeps one, else by matching recent posts. */
  find(request: FindRequest): Promise<RemotePost | null>;
  delete(account: ConnectorAccount, remoteId: string): Promise<void>;
}
