/** What the fake Mastodon instance remembers, in memory only. */

export interface FakeAccount {
  id: string;
  username: string;
  createdAt: Date;
}

export interface FakeToken {
  token: string;
  accountId: string;
  scopes: string[];
  revoked: boolean;
}

export interface FakeMedia {
  id: string;
  accountId: string;
  bytes: Buffer;
  contentType: string;
  width: number;
  height: number;
  description: string | null;
  statusId: string | null;
  /** how many more polls answer 206 before the attachment is ready; 0 = ready */
  pollsUntilReady: number;
}

export interface FakeStatus {
  id: string;
  accountId: string;
  /** the source text as submitted (stripped, as Mastodon stores it) */
  text: string;
  visibility: string;
  createdAt: Date;
  mediaIds: string[];
  idempotencyKey: string | null;
  deletedAt: Date | null;
}

export interface FakeScheduledStatus {
  id: string;
  accountId: string;
  scheduledAt: Date;
  text: string;
  visibility: string;
  mediaIds: string[];
  idempotencyKey: string | null;
}

/** The routes a test can make misbehave. */
export type MastodonRoute = "verify_credentials" | "instance" | "media_upload" | "media_show" | "statuses_create" | "statuses_delete" | "account_statuses";

export type MastodonFault =
  /** answer this status before doing anything (500, 502, 503...) */
  | { kind: "error"; status: number }
  /** 429 with the X-RateLimit headers, reset at the end of the current window unless resetInMs says otherwise */
  | { kind: "rate_limited"; resetInMs?: number }
  /** do the work (store the post), then hold the answer back for delayMs: the client times out not knowing */
  | { kind: "hang"; delayMs?: number };

export interface MastodonFakeOptions {
  /** the mount path, e.g. "/fakes/mastodon" on the demo server */
  prefix?: string;
  now?: () => Date;
  /** the instance's LOCAL_DOMAIN, the part after the second @ in handles */
  domain?: string;
  maxCharacters?: number;
  maxMediaAttachments?: number;
  imageSizeLimit?: number;
  descriptionLimit?: number;
  /** requests per token per 5-minute window, as rack-attack's authenticated API throttle */
  rateLimit?: number;
  /** uploads bigger than this are answered 202 and processed "in the background" */
  asyncAboveBytes?: number;
  /** how many polls of GET /api/v1/media/:id answer 206 before 200 */
  processingPolls?: number;
}

export interface MastodonFakeState {
  now: () => Date;
  domain: string;
  limits: {
    maxCharacters: number;
    maxMediaAttachments: number;
    imageSizeLimit: number;
    descriptionLimit: number;
    rateLimit: number;
    asyncAboveBytes: number;
    processingPolls: number;
  };
  accounts: Map<string, FakeAccount>;
  tokens: Map<string, FakeToken>;
  media: Map<string, FakeMedia>;
  statuses: FakeStatus[];
  scheduled: FakeScheduledStatus[];
  /** `${accountId}:${key}` -> the status (or scheduled status) it made, and when; kept for an hour */
  idempotency: Map<string, { id: string; scheduled: boolean; at: Date }>;
  faults: Map<MastodonRoute, MastodonFault[]>;
  /** uploads still to be answered 202 whatever their size */
  forcedAsyncUploads: number;
  /** token -> request count in the current rate-limit window */
  windows: Map<string, { start: number; count: number }>;
  nextId(): string;
  accountByUsername(username: string): FakeAccount | undefined;
}

export function createState(options: MastodonFakeOptions): MastodonFakeState {
  const now = options.now ?? (() => new Date());
  let lastId = 0n;
  const accounts = new Map<string, FakeAccount>();
  return {
    now,
    domain: options.domain ?? "social.demo.gatehouse.test",
    limits: {
      maxCharacters: options.maxCharacters ?? 500,
      maxMediaAttachments: options.maxMediaAttachments ?? 4,
      imageSizeLimit: options.imageSizeLimit ?? 16 * 1024 * 1024,
      descriptionLimit: options.descriptionLimit ?? 1500,
      rateLimit: options.rateLimit ?? 300,
      asyncAboveBytes: options.asyncAboveBytes ?? 2 * 1024 * 1024,
      processingPolls: options.processingPolls ?? 1,
    },
    accounts,
    tokens: new Map(),
    media: new Map(),
    statuses: [],
    scheduled: [],
    idempotency: new Map(),
    faults: new Map(),
    forcedAsyncUploads: 0,
    windows: new Map(),
    // Snowflake-like, as Mastodon's: milliseconds shifted left 16 bits, so ids sort by time and max_id paging works.
    nextId() {
      const candidate = BigInt(now().getTime()) << 16n;
      lastId = candidate > lastId ? candidate : lastId + 1n;
      return lastId.toString();
    },
    accountByUsername(username) {
      const wanted = username.toLowerCase();
      for (const account of accounts.values()) if (account.username.toLowerCase() === wanted) return account;
      return undefined;
    },
  };
}
