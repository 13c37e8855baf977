import { randomBytes } from "node:crypto";

export interface FakeUser {
  id: string;
  name: string;
  pageIds: string[];
}

export interface FakePage {
  id: string;
  name: string;
  /** the name without spaces, as page usernames have none */
  username: string;
  igUserId: string;
}

export interface FakeIgUser {
  id: string;
  /** the page's username, lower-cased: "DemoNHSTrust" gives "demonhstrust" */
  username: string;
  pageId: string;
}

export interface FakeToken {
  token: string;
  kind: "user" | "page";
  userId: string;
  pageId?: string;
  scopes: string[];
  expiresAt?: Date;
  revoked: boolean;
}

export interface FakeCode {
  code: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  challenge?: string;
  challengeMethod?: string;
  userId: string;
  expiresAt: Date;
  used: boolean;
}

export interface FakePhoto {
  id: string;
  pageId: string;
  bytes: Uint8Array;
  contentType: string;
  altText?: string;
  caption?: string;
  published: boolean;
  /** the feed post that carries it, once published or attached */
  postId?: string;
  deleted: boolean;
}

export interface FakeFacebookPost {
  /** "<page id>_<post id>", as Meta writes page post ids */
  id: string;
  pageId: string;
  message?: string;
  link?: string;
  photoIds: string[];
  createdAt: Date;
  published: boolean;
  scheduledAt?: Date;
  deleted: boolean;
}

export type ContainerStatus = "IN_PROGRESS" | "FINISHED" | "ERROR" | "EXPIRED" | "PUBLISHED";

export interface FakeContainer {
  id: string;
  igUserId: string;
  mediaType: "IMAGE" | "CAROUSEL";
  isCarouselItem: boolean;
  caption?: string;
  altText?: string;
  imageUrl?: string;
  image?: Uint8Array;
  children: string[];
  createdAt: Date;
  /** status checks still answered IN_PROGRESS */
  pollsLeft: number;
  /** where the container ends once its polls are done */
  outcome: "FINISHED" | "ERROR";
  published: boolean;
}

export interface FakeIgMedia {
  id: string;
  igUserId: string;
  containerId: string;
  caption?: string;
  timestamp: Date;
  shortcode: string;
  mediaType: "IMAGE" | "CAROUSEL_ALBUM";
  /** each picture as Instagram fetched it: its alt text and bytes */
  pictures: { altText?: string; bytes: Uint8Array }[];
}

/** Everything the fake Meta remembers, in memory only. */
export class MetaState {
  private sequence = 100_000_000_000;
  users = new Map<string, FakeUser>();
  pages = new Map<string, FakePage>();
  igUsers = new Map<string, FakeIgUser>();
  tokens = new Map<string, FakeToken>();
  codes = new Map<string, FakeCode>();
  photos = new Map<string, FakePhoto>();
  posts = new Map<string, FakeFacebookPost>();
  containers = new Map<string, FakeContainer>();
  media = new Map<string, FakeIgMedia>();
  /** containers still to be made that end in ERROR (a control for tests) */
  failingContainers = 0;

  constructor(
    readonly now: () => Date,
    /** where the fake is mounted, for the addresses it hands out */
    readonly prefix: string,
  ) {}

  nextId(): string {
    return String(++this.sequence);
  }

  /** The page called `name` (the same page for the same name, whatever its case), with its Instagram account. */
  pageNamed(name: string): FakePage {
    const username = name.replace(/\s+/g, "");
    const existing = [...this.pages.values()].find((p) => p.username.toLowerCase() === username.toLowerCase());
    if (existing) return existing;
    const page: FakePage = { id: this.nextId(), name: name.trim(), username, igUserId: this.nextId() };
    this.pages.set(page.id, page);
    this.igUsers.set(page.igUserId, { id: page.igUserId, username: username.toLowerCase(), pageId: page.id });
    return page;
  }

  issueToken(token: Omit<FakeToken, "token" | "revoked">): FakeToken {
    const issued: FakeToken = { ...token, token: `EAAG${randomBytes(24).toString("base64url")}`, revoked: false };
    this.tokens.set(issued.token, issued);
    return issued;
  }

  /** A page token stays the same for one person and page until it is revoked, like Meta's. */
  pageToken(user: FakeToken, pageId: string): FakeToken {
    const existing = [...this.tokens.values()].find((t) => t.kind === "page" && t.userId === user.userId && t.pageId === pageId && !t.revoked);
    return existing ?? this.issueToken({ kind: "page", userId: user.userId, pageId, scopes: user.scopes });
  }

  shortcode(): string {
    return randomBytes(8).toString("base64url").slice(0, 11);
  }
}
