/** A fake's account: a handle, its DID, and the app passwords that sign in as it. */
export interface FakeAccount {
  did: string;
  handle: string;
  passwords: Set<string>;
}

export interface FakeBlob {
  cid: string;
  bytes: Buffer;
  mimeType: string;
  size: number;
}

export interface FakeRecord {
  uri: string;
  cid: string;
  rkey: string;
  collection: string;
  value: Record<string, unknown>;
  indexedAt: Date;
}

export interface FakeToken {
  did: string;
  scope: "access" | "refresh";
  expiresAt: Date;
  revoked: boolean;
}

/**
 * How the next calls to a route misbehave: an error status (5xx), Bluesky's 429 with its
 * RateLimit-* headers, or a hang after the work is done (the post is stored, the answer
 * comes `ms` later or never, so the client times out without knowing).
 */
export type BlueskyFault = { kind: "error"; status: number; error?: string; message?: string } | { kind: "rate_limit"; resetInSeconds: number } | { kind: "hang"; ms?: number };

export interface BlueskyFakeOptions {
  /** the mount path: "/fakes/bluesky" on the demo server */
  prefix?: string;
  now?: () => Date;
  /**
   * Demo only: a sign-in for a handle the fake has never seen makes that account, with the
   * password given as its app password, so anyone can try connecting without setting one up.
   */
  autoCreateAccounts?: boolean;
  /** 2 hours, as the reference PDS */
  accessLifetimeMs?: number;
  /** 90 days, as the reference PDS */
  refreshLifetimeMs?: number;
  /** 2,000,000 bytes, the lexicon's limit since April 2026 (older PDSes: 1,000,000) */
  maxImageBytes?: number;
}

export function createState(options: BlueskyFakeOptions) {
  return {
    now: options.now ?? (() => new Date()),
    autoCreateAccounts: options.autoCreateAccounts ?? false,
    accessLifetimeMs: options.accessLifetimeMs ?? 2 * 60 * 60 * 1000,
    refreshLifetimeMs: options.refreshLifetimeMs ?? 90 * 24 * 60 * 60 * 1000,
    maxImageBytes: options.maxImageBytes ?? 2_000_000,
    accounts: new Map<string, FakeAccount>(),
    tokens: new Map<string, FakeToken>(),
    /** per DID, by CID */
    blobs: new Map<string, Map<string, FakeBlob>>(),
    /** per DID, by "collection/rkey", in the order written */
    records: new Map<string, Map<string, FakeRecord>>(),
    /** per XRPC method name, or "*" for any */
    faults: new Map<string, BlueskyFault[]>(),
    /** the PDS's general limit: 3,000 calls per 5 minutes */
    window: { startedAt: 0, used: 0, limit: 3000, seconds: 300 },
    accountByIdentifier(identifier: string): FakeAccount | undefined {
      const wanted = identifier.toLowerCase();
      for (const account of this.accounts.values()) if (account.did === identifier || account.handle === wanted) return account;
      return undefined;
    },
  };
}

export type BlueskyState = ReturnType<typeof createState>;
