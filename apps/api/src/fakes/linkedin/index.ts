import { Hono } from "hono";
import { recordCalls, type FakeCall } from "../recorder.ts";
import { mountFeedPage } from "./feed-page.ts";
import { FaultQueue } from "./faults.ts";
import { mountImages } from "./images.ts";
import { mountOAuth } from "./oauth.ts";
import { mountOrganizations } from "./organizations.ts";
import { mountPosts } from "./posts.ts";
import { restGuard, type LinkedInEnv } from "./restli.ts";
import { LinkedInState, type FakeClient, type FakeOrganization, type FakePost } from "./state.ts";

export type { LinkedInFault, LinkedInRoute } from "./faults.ts";
export type { FakeImage, FakeOrganization, FakePost } from "./state.ts";

export interface LinkedInFakeOptions {
  /** the mount path, e.g. "/fakes/linkedin"; every route and every URL the fake hands out lives under it */
  prefix?: string;
  now?: () => Date;
  /** the OAuth client the fake knows; when absent any client_id is accepted (and bound to its codes and tokens) */
  client?: FakeClient;
  /** status reads that still answer PROCESSING after an upload (default 1), so a client must poll */
  processingReads?: number;
  /** LinkedIn gives refresh tokens only to approved partners; false imitates an app without them */
  issueRefreshTokens?: boolean;
}

export interface ConnectedOrganisation {
  accessToken: string;
  refreshToken?: string | undefined;
  expiresAt: Date;
  refreshExpiresAt?: Date | undefined;
  organizationUrn: string;
  vanityName: string;
  member: string;
}

export interface LinkedInFake {
  app: Hono;
  calls: FakeCall[];
  state: LinkedInState;
  faults: FaultQueue;
  /** every post ever made, deleted ones included (see `deleted`) */
  posts: FakePost[];
  livePosts(): FakePost[];
  /** a member who administers `vanityName`, with tokens: what signing in on the fake page gives, without the page */
  connectOrganisation(vanityName: string, username?: string, clientId?: string): ConnectedOrganisation;
  organisation(vanityName: string): FakeOrganization | undefined;
  /** every access token issued so far stops working (as after 60 days) */
  expireAccessTokens(): void;
  /** every refresh token is refused from now on (revoked, or past its 365 days) */
  revokeRefreshTokens(): void;
}

/** A LinkedIn that speaks the Posts, Images and organisation APIs and 3-legged OAuth, in memory. */
export function createLinkedInFake(options: LinkedInFakeOptions = {}): LinkedInFake {
  const prefix = options.prefix ?? "";
  const state = new LinkedInState(options.now ?? (() => new Date()), options.processingReads ?? 1, options.issueRefreshTokens ?? true);
  const faults = new FaultQueue();
  const calls: FakeCall[] = [];
  const linkedin = new Hono<LinkedInEnv>();
  linkedin.use("/rest/*", restGuard(state));
  mountOAuth(linkedin, state, faults, options.client);
  mountOrganizations(linkedin, state, faults);
  mountImages(linkedin, state, faults, prefix);
  mountPosts(linkedin, state, faults);
  mountFeedPage(linkedin, state, prefix);
  const app = new Hono();
  app.use("*", recordCalls(calls, prefix));
  app.route(prefix || "/", linkedin);

  return {
    app,
    calls,
    state,
    faults,
    posts: state.posts,
    livePosts: () => state.livePosts(),
    connectOrganisation(vanityName, username = "comms-team", clientId = options.client?.id ?? "gatehouse-test") {
      const { member, organization } = state.administer(username, vanityName);
      const access = state.issueAccessToken(member.urn);
      const refresh = state.issueRefreshTokens ? state.issueRefreshToken(member.urn, clientId) : undefined;
      return {
        accessToken: access.value,
        refreshToken: refresh?.value,
        expiresAt: access.expiresAt,
        refreshExpiresAt: refresh?.expiresAt,
        organizationUrn: `urn:li:organization:${organization.id}`,
        vanityName: organization.vanityName,
        member: member.urn,
      };
    },
    organisation: (vanityName) => [...state.organizations.values()].find((o) => o.vanityName === vanityName.toLowerCase()),
    expireAccessTokens() {
      const past = new Date(state.now().getTime() - 1000);
      for (const token of state.accessTokens.values()) token.expiresAt = past;
    },
    revokeRefreshTokens() {
      for (const token of state.refreshTokens.values()) token.revoked = true;
    },
  };
}
