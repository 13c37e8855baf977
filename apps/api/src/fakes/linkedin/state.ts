import { createHash, randomBytes } from "node:crypto";

/*
 * Everything the fake LinkedIn remembers, in memory. Members sign in; a member administers
 * organisation pages; tokens act for a member; posts and images belong to an organisation.
 */

export const ACCESS_TOKEN_SECONDS = 60 * 24 * 60 * 60;
export const REFRESH_TOKEN_SECONDS = 365 * 24 * 60 * 60;
const CODE_SECONDS = 30 * 60;

export interface FakeOrganization {
  id: number;
  vanityName: string;
  localizedName: string;
}

export interface FakeMember {
  urn: string;
  username: string;
  /** ids of the organisations this member is an approved ADMINISTRATOR of */
  administers: Set<number>;
}

export interface FakeAccessToken {
  value: string;
  member: string;
  expiresAt: Date;
}

export interface FakeRefreshToken {
  value: string;
  member: string;
  clientId: string;
  expiresAt: Date;
  revoked: boolean;
}

export interface FakeCode {
  value: string;
  member: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  codeChallenge?: string | undefined;
  expiresAt: Date;
  used: boolean;
}

export type ImageStatus = "WAITING_UPLOAD" | "PROCESSING" | "AVAILABLE" | "PROCESSING_FAILED";

export interface FakeImage {
  urn: string;
  /** the key in the upload and download URLs */
  key: string;
  owner: string;
  uploadToken: string;
  status: ImageStatus;
  /** status reads left before a processed image becomes AVAILABLE */
  processingReadsLeft: number;
  bytes?: Buffer;
  contentType?: string;
  width?: number;
  height?: number;
}

export interface FakePostImage {
  id: string;
  altText?: string | undefined;
}

export interface FakePost {
  id: string;
  author: string;
  /** exactly as received: little text, still escaped */
  commentary: string;
  images: FakePostImage[];
  visibility: string;
  createdAt: number;
  lastModifiedAt: number;
  deleted: boolean;
  /** the request body as LinkedIn would keep it, echoed back by the list */
  body: Record<string, unknown>;
}

export interface FakeClient {
  id: string;
  secret?: string | undefined;
}

function token(bytes = 24): string {
  return randomBytes(bytes).toString("base64url");
}

export function s256(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

export class LinkedInState {
  readonly members = new Map<string, FakeMember>();
  readonly organizations = new Map<number, FakeOrganization>();
  readonly accessTokens = new Map<string, FakeAccessToken>();
  readonly refreshTokens = new Map<string, FakeRefreshToken>();
  readonly codes = new Map<string, FakeCode>();
  readonly images = new Map<string, FakeImage>();
  readonly posts: FakePost[] = [];
  private nextOrganizationId = 90_210_001;
  private nextPostId = 7_300_000_000_000_000_001n;

  constructor(
    readonly now: () => Date,
    readonly processingReads: number,
    readonly issueRefreshTokens: boolean,
  ) {}

  memberNamed(username: string): FakeMember {
    const key = username.trim().toLowerCase();
    let member = [...this.members.values()].find((m) => m.username === key);
    if (!member) {
      member = { urn: `urn:li:person:${token(6)}`, username: key, administers: new Set() };
      this.members.set(member.urn, member);
    }
    return member;
  }

  organizationNamed(vanityName: string): FakeOrganization {
    const key = vanityName.trim().toLowerCase();
    let organization = [...this.organizations.values()].find((o) => o.vanityName === key);
    if (!organization) {
      const localizedName = key.replace(/-/g, " ").replace(/\b\w/g, (c) => c.toUpperCase());
      organization = { id: this.nextOrganizationId++, vanityName: key, localizedName };
      this.organizations.set(organization.id, organization);
    }
    return organization;
  }

  /** The member named becomes an approved administrator of the page named, as signing in on the fake does. */
  administer(username: string, vanityName: string): { member: FakeMember; organization: FakeOrganization } {
    const member = this.memberNamed(username);
    const organization = this.organizationNamed(vanityName);
    member.administers.add(organization.id);
    return { member, organization };
  }

  /** May this member act for this author URN (an organisation they administer)? */
  mayActFor(memberUrn: string, author: string): boolean {
    const id = /^urn:li:organization:(\d+)$/.exec(author)?.[1];
    return id !== undefined && (this.members.get(memberUrn)?.administers.has(Number(id)) ?? false);
  }

  issueCode(fields: Omit<FakeCode, "value" | "expiresAt" | "used">): FakeCode {
    const code: FakeCode = { ...fields, value: token(), expiresAt: new Date(this.now().getTime() + CODE_SECONDS * 1000), used: false };
    this.codes.set(code.value, code);
    return code;
  }

  issueAccessToken(member: string): FakeAccessToken {
    const access: FakeAccessToken = { value: `AQV${token(32)}`, member, expiresAt: new Date(this.now().getTime() + ACCESS_TOKEN_SECONDS * 1000) };
    this.accessTokens.set(access.value, access);
    return access;
  }

  issueRefreshToken(member: string, clientId: string): FakeRefreshToken {
    const refresh: FakeRefreshToken = {
      value: `AQX${token(32)}`,
      member,
      clientId,
      expiresAt: new Date(this.now().getTime() + REFRESH_TOKEN_SECONDS * 1000),
      revoked: false,
    };
    this.refreshTokens.set(refresh.value, refresh);
    return refresh;
  }

  newImage(owner: string): FakeImage {
    const key = `D4E10AQ${token(9)}`;
    const image: FakeImage = { urn: `urn:li:image:${key}`, key, owner, uploadToken: token(), status: "WAITING_UPLOAD", processingReadsLeft: this.processingReads };
    this.images.set(image.urn, image);
    return image;
  }

  newPostId(): string {
    return `urn:li:share:${this.nextPostId++}`;
  }

  livePosts(): FakePost[] {
    return this.posts.filter((post) => !post.deleted);
  }
}
