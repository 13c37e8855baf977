import { randomBytes } from "node:crypto";

export interface FakeUser {
  id: string;
  username: string;
  name: string;
}

export type MediaState = "initialized" | "pending" | "in_progress" | "succeeded" | "failed";

export interface FakeMedia {
  id: string;
  mediaKey: string;
  ownerId: string;
  mediaType: string;
  totalBytes: number;
  segments: Map<number, Buffer>;
  bytes?: Buffer;
  state: MediaState;
  /** STATUS checks still to answer "in progress" before the picture is ready */
  pollsLeft: number;
  altText?: string;
}

export interface FakeTweet {
  id: string;
  authorId: string;
  /** exactly what the client sent */
  text: string;
  /** what X shows and returns: links wrapped in t.co, & < > escaped, a link to the pictures appended */
  displayText: string;
  mediaIds: string[];
  createdAt: Date;
  deletedAt?: Date;
}

export interface AccessGrant {
  userId: string;
  clientId: string;
  scopes: string[];
  expiresAt: Date;
}

export interface RefreshGrant {
  userId: string;
  clientId: string;
  scopes: string[];
}

export interface AuthCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  method: "S256" | "plain";
  scopes: string[];
  userId: string;
  expiresAt: Date;
}

export type Fault = { kind: "status"; status: number } | { kind: "rate_limit" } | { kind: "hang"; ms: number };

export interface Bucket {
  limit: number;
  used: number;
  resetAt: Date;
}

export const ACCESS_TOKEN_SECONDS = 2 * 60 * 60;
/** X asks for the code to be exchanged within 30 seconds */
export const CODE_SECONDS = 30;
export const RATE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

function token(): string {
  return randomBytes(24).toString("base64url");
}

/** Everything the fake X remembers, in memory. */
export class XFakeState {
  readonly users = new Map<string, FakeUser>();
  readonly tweets = new Map<string, FakeTweet>();
  readonly media = new Map<string, FakeMedia>();
  readonly accessTokens = new Map<string, AccessGrant>();
  readonly refreshTokens = new Map<string, RefreshGrant>();
  readonly codes = new Map<string, AuthCode>();
  readonly faults = new Map<string, Fault[]>();
  readonly buckets = new Map<string, Bucket>();
  // X ids are 19-digit snowflakes; counting up keeps them unique and ordered by time.
  private nextId = 1880028106020515840n;

  constructor(
    readonly now: () => Date,
    readonly limits: Record<string, number>,
  ) {}

  newId(): string {
    this.nextId += 1n;
    return this.nextId.toString();
  }

  userNamed(username: string): FakeUser {
    const existing = [...this.users.values()].find((u) => u.username.toLowerCase() === username.toLowerCase());
    if (existing) return existing;
    const user = { id: this.newId(), username, name: username };
    this.users.set(user.id, user);
    return user;
  }

  issueTokens(userId: string, clientId: string, scopes: string[]): { accessToken: string; refreshToken?: string; expiresIn: number } {
    const accessToken = token();
    this.accessTokens.set(accessToken, { userId, clientId, scopes, expiresAt: new Date(this.now().getTime() + ACCESS_TOKEN_SECONDS * 1000) });
    if (!scopes.includes("offline.access")) return { accessToken, expiresIn: ACCESS_TOKEN_SECONDS };
    const refreshToken = token();
    this.refreshTokens.set(refreshToken, { userId, clientId, scopes });
    return { accessToken, refreshToken, expiresIn: ACCESS_TOKEN_SECONDS };
  }

  newCode(code: Omit<AuthCode, "expiresAt">): string {
    const value = token();
    this.codes.set(value, { ...code, expiresAt: new Date(this.now().getTime() + CODE_SECONDS * 1000) });
    return value;
  }

  /** The user and scopes behind an `Authorization: Bearer` header, if the token is live. */
  bearer(header: string | undefined): { user: FakeUser; scopes: string[] } | null {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? "");
    const grant = match ? this.accessTokens.get(match[1]!) : undefined;
    if (!grant || grant.expiresAt <= this.now()) return null;
    const user = this.users.get(grant.userId);
    return user ? { user, scopes: grant.scopes } : null;
  }

  takeFault(route: string): Fault | undefined {
    const queue = this.faults.get(route);
    const fault = queue?.shift();
    if (queue && queue.length === 0) this.faults.delete(route);
    return fault;
  }

  /** Counts one call against a 15-minute window per route and caller, as X's limits are. */
  consume(route: string, caller: string): Bucket & { over: boolean } {
    const key = `${route} ${caller}`;
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.resetAt <= now) {
      bucket = { limit: this.limits[route] ?? 900, used: 0, resetAt: new Date(now.getTime() + RATE_WINDOW_MS) };
      this.buckets.set(key, bucket);
    }
    const over = bucket.used >= bucket.limit;
    if (!over) bucket.used += 1;
    return { ...bucket, over };
  }
}
