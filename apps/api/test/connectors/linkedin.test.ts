import { createHash, randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { ConnectorContext } from "../../src/connectors/context.ts";
import { linkedinPlatform } from "../../src/connectors/linkedin/index.ts";
import type { OAuthConnect } from "../../src/connectors/platform-module.ts";
import { ConnectorError, type Connector, type ConnectorAccount, type Credentials, type PublishMedia } from "../../src/connectors/types.ts";
import { createLinkedInFake, type LinkedInFake, type LinkedInFakeOptions } from "../../src/fakes/linkedin/index.ts";
import { serveFake, type ServedFake } from "../../src/fakes/serve.ts";
import { jpegMedia, ManualClock, MemoryConnection, testAccount, testContext } from "../support/connectors.ts";

const HANDLE = "demo-nhs-trust";
const connect = linkedinPlatform.connect as OAuthConnect;

interface Setup {
  fake: LinkedInFake;
  url: string;
  clock: ManualClock;
  ctx: ConnectorContext;
  connection: MemoryConnection;
  account: ConnectorAccount;
  connector: Connector;
}

const served: ServedFake[] = [];
afterEach(async () => {
  await Promise.all(served.splice(0).map((fake) => fake.close()));
});

async function setup(options: { fake?: LinkedInFakeOptions; requestTimeoutMs?: number; credentials?: Partial<Credentials> } = {}): Promise<Setup> {
  const clock = new ManualClock();
  const fake = createLinkedInFake({ now: () => clock.now(), client: { id: "gatehouse-test", secret: "test-secret" }, ...options.fake });
  const server = await serveFake(fake.app);
  served.push(server);
  const ctx = testContext({ clock, requestTimeoutMs: options.requestTimeoutMs });
  const page = fake.connectOrganisation(HANDLE);
  const connection = new MemoryConnection(server.url, {
    accessToken: page.accessToken,
    refreshToken: page.refreshToken,
    expiresAt: page.expiresAt.toISOString(),
    refreshExpiresAt: page.refreshExpiresAt?.toISOString(),
    remoteAccountId: page.organizationUrn,
    remoteHandle: page.vanityName,
    ...options.credentials,
  });
  const account = testAccount("linkedin", HANDLE, connection);
  return { fake, url: server.url, clock, ctx, connection, account, connector: linkedinPlatform.connector(ctx) };
}

function publishRequest(account: ConnectorAccount, text: string, media: PublishMedia[] = []) {
  return { account, idempotencyKey: "attempt-1", text, media };
}

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

function callsTo(fake: LinkedInFake, method: string, path: string | RegExp) {
  return fake.calls.filter((call) => call.method === method && (typeof path === "string" ? call.path === path : path.test(call.path)));
}

function smallJpegs(count: number): Promise<PublishMedia[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => jpegMedia(48 + i, 32, `Picture ${i + 1}: staff at the open day.`)));
}

describe("LinkedIn publish", () => {
  it("posts text alone as the organisation, with the Rest.li headers, and gives the post's public address", async () => {
    const { fake, url, account, connector } = await setup();
    const post = await connector.publish(publishRequest(account, "Our new urgent treatment centre opens on Monday."));

    const [stored] = fake.livePosts();
    expect(stored).toMatchObject({ id: post.remoteId, author: fake.organisation(HANDLE) && `urn:li:organization:${fake.organisation(HANDLE)!.id}`, images: [] });
    expect(stored!.commentary).toBe("Our new urgent treatment centre opens on Monday.");
    expect(stored!.body).toMatchObject({
      visibility: "PUBLIC",
      lifecycleState: "PUBLISHED",
      isReshareDisabledByAuthor: false,
      distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] },
    });
    expect(stored!.body).not.toHaveProperty("content");
    expect(post.remoteId).toMatch(/^urn:li:share:\d+$/);
    expect(post.url).toBe(`${url}/feed/update/${post.remoteId}/`);

    const [create] = callsTo(fake, "POST", "/rest/posts");
    expect(create!.headers).toMatchObject({
      authorization: `Bearer ${(await account.connection!.credentials()).accessToken}`,
      "linkedin-version": "202601",
      "x-restli-protocol-version": "2.0.0",
    });
    const page = await fetch(post.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Our new urgent treatment centre opens on Monday.");
  });

  it("uploads one picture, waits for LinkedIn to process it, and posts it with its alt text", async () => {
    const { fake, account, connector } = await setup();
    const [picture] = await smallJpegs(1);
    await connector.publish(publishRequest(account, "Meet the team.", [picture!]));

    const [stored] = fake.livePosts();
    expect(stored!.body).toMatchObject({ content: { media: { id: stored!.images[0]!.id, altText: "Picture 1: staff at the open day." } } });
    const image = fake.state.images.get(stored!.images[0]!.id)!;
    expect(image.bytes!.length).toBe(picture!.bytes.length);
    expect(image.owner).toBe((await account.connection!.credentials()).remoteAccountId);
    // The fake answers PROCESSING once: a client that did not poll would have been refused.
    expect(callsTo(fake, "GET", /^\/rest\/images\//).length).toBe(2);
    expect(callsTo(fake, "PUT", /^\/dms-uploads\//)[0]!.body).toEqual({ bytes: picture!.bytes.length });
  });

  it("posts the most LinkedIn allows, 20 pictures, as a multi-image post in order", async () => {
    const { fake, account, connector } = await setup();
    const pictures = await smallJpegs(20);
    await connector.publish(publishRequest(account, "Twenty years of the hospital radio.", pictures));

    const [stored] = fake.livePosts();
    expect(stored!.images).toHaveLength(20);
    expect(stored!.images.map((image) => image.altText)).toEqual(pictures.map((picture) => picture.altText));
    expect(stored!.images.map((image) => fake.state.images.get(image.id)!.bytes!.length)).toEqual(pictures.map((picture) => picture.bytes.length));
    expect((stored!.body as { content: { multiImage: { images: unknown[] } } }).content.multiImage.images).toHaveLength(20);
  });

  it("refuses a 21st picture before uploading anything", async () => {
    const { fake, account, connector } = await setup();
    const error = await failure(connector.publish(publishRequest(account, "Too many.", await smallJpegs(21))));
    expect(error.kind).toBe("permanent");
    expect(error.message).toContain("at most 20 pictures");
    expect(fake.calls).toHaveLength(0);
  });

  it("posts exactly 3,000 characters and refuses 3,001 as permanent with LinkedIn's reason", async () => {
    const { fake, account, connector } = await setup();
    await connector.publish(publishRequest(account, "a".repeat(3_000)));
    expect(fake.livePosts()).toHaveLength(1);

    const error = await failure(connector.publish(publishRequest(account, "b".repeat(3_001))));
    expect(error.kind).toBe("permanent");
    expect(error.message).toMatch(/^LinkedIn refused the post: .*FIELD_LENGTH_TOO_LONG/);
    expect(fake.livePosts()).toHaveLength(1);
  });

  it("escapes little-text characters, so LinkedIn keeps them as written and find() still matches the original", async () => {
    const { fake, account, connector, clock } = await setup();
    const text = "Flu jabs (free) for staff_nurses @ ward 3 #NHS [today] <10am> {walk-in} | a*b ~ c \\ d";
    const post = await connector.publish(publishRequest(account, text));

    expect(fake.livePosts()[0]!.commentary).toBe(
      "Flu jabs \\(free\\) for staff\\_nurses \\@ ward 3 \\#NHS \\[today\\] \\<10am\\> \\{walk-in\\} \\| a\\*b \\~ c \\\\ d",
    );
    expect(await connector.find({ account, idempotencyKey: "attempt-1", text, since: clock.now() })).toEqual(post);
  });

  it("reports a picture LinkedIn cannot process (over 36,152,320 pixels) as permanent", async () => {
    const { fake, account, connector } = await setup();
    const picture = (await smallJpegs(1))[0]!;
    const huge = { ...picture, bytes: withJpegSize(picture.bytes, 6_026, 6_000), width: 6_026, height: 6_000 };
    const error = await failure(connector.publish(publishRequest(account, "A very large picture.", [huge])));
    expect(error.kind).toBe("permanent");
    expect(error.message).toContain("could not process picture 1");
    expect(fake.livePosts()).toHaveLength(0);
  });

  it("reports alt text over 4,086 characters as permanent with LinkedIn's reason", async () => {
    const { account, connector } = await setup();
    const picture = (await smallJpegs(1))[0]!;
    const error = await failure(connector.publish(publishRequest(account, "Long description.", [{ ...picture, altText: "x".repeat(4_087) }])));
    expect(error.kind).toBe("permanent");
    expect(error.message).toContain("altText");
    expect(error.message).toContain("FIELD_LENGTH_TOO_LONG");
  });
});

describe("LinkedIn failures", () => {
  it("a server error is transient, and nothing was posted", async () => {
    const { fake, account, connector } = await setup();
    fake.faults.next("posts.create", { kind: "server_error", status: 503 });
    const error = await failure(connector.publish(publishRequest(account, "Visiting hours change.")));
    expect(error.kind).toBe("transient");
    expect(fake.livePosts()).toHaveLength(0);
  });

  it("a 429 is rate_limited; with no headers (LinkedIn sends none) the wait is the one-minute default", async () => {
    const { fake, account, connector } = await setup();
    fake.faults.next("posts.create", { kind: "rate_limited" });
    const error = await failure(connector.publish(publishRequest(account, "Visiting hours change.")));
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterMs).toBe(60_000);
  });

  it("a 429 with a Retry-After header waits as long as it says", async () => {
    const { fake, account, connector } = await setup();
    fake.faults.next("images.initializeUpload", { kind: "rate_limited", retryAfterSeconds: 120 });
    const error = await failure(connector.publish(publishRequest(account, "With a picture.", await smallJpegs(1))));
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterMs).toBe(120_000);
  });

  it("the same text again is a duplicate, and find() gives the post that is already there", async () => {
    const { account, connector, clock } = await setup();
    const first = await connector.publish(publishRequest(account, "Blood donors needed this week."));
    const error = await failure(connector.publish(publishRequest(account, "Blood donors needed this week.")));
    expect(error.kind).toBe("duplicate");
    expect(await connector.find({ account, idempotencyKey: "attempt-1", text: "Blood donors needed this week.", since: clock.now() })).toEqual(first);
  });

  it("a post LinkedIn accepted but never answered for is a timeout, and find() then finds it", async () => {
    const { fake, account, connector, clock } = await setup({ requestTimeoutMs: 1_000 });
    const since = clock.now();
    fake.faults.next("posts.create", { kind: "hang", ms: 10_000 });
    const error = await failure(connector.publish(publishRequest(account, "The car park is closed on Sunday.")));
    expect(error.kind).toBe("timeout");
    expect(fake.livePosts()).toHaveLength(1);

    const found = await connector.find({ account, idempotencyKey: "attempt-1", text: "The car park is closed on Sunday.", since });
    expect(found).toEqual({ remoteId: fake.livePosts()[0]!.id, url: expect.stringContaining(`/feed/update/${fake.livePosts()[0]!.id}/`) });
  });
});

describe("LinkedIn sign-in renewal", () => {
  it("an expired token is refreshed once, saved, and the post goes ahead", async () => {
    const { fake, account, connector, connection } = await setup();
    const before = await connection.credentials();
    fake.expireAccessTokens();
    await connector.publish(publishRequest(account, "Refreshed and posted."));

    expect(fake.livePosts()).toHaveLength(1);
    expect(connection.saved).toHaveLength(1);
    expect(connection.saved[0]!.accessToken).not.toBe(before.accessToken);
    expect(connection.saved[0]!.remoteAccountId).toBe(before.remoteAccountId);
    const [refresh] = callsTo(fake, "POST", "/oauth/v2/accessToken");
    expect(refresh!.body).toMatchObject({ grant_type: "refresh_token", refresh_token: before.refreshToken, client_id: "gatehouse-test", client_secret: "test-secret" });
  });

  it("a token within five minutes of expiry is refreshed before the call, with new expiry times saved", async () => {
    const { fake, account, connector, connection, clock } = await setup();
    await connection.saveCredentials({ ...(await connection.credentials()), expiresAt: new Date(clock.now().getTime() + 60_000).toISOString() });
    connection.saved = [];
    await connector.publish(publishRequest(account, "Refreshed ahead of time."));

    expect(connection.saved).toHaveLength(1);
    expect(connection.saved[0]!.expiresAt).toBe(new Date(clock.now().getTime() + 60 * 24 * 3600 * 1000).toISOString());
    expect(connection.saved[0]!.refreshExpiresAt).toBe(new Date(clock.now().getTime() + 365 * 24 * 3600 * 1000).toISOString());
    // Refreshed first: the post itself went out with the new token, never the old one.
    expect(callsTo(fake, "POST", "/rest/posts")[0]!.headers.authorization).toBe(`Bearer ${connection.saved[0]!.accessToken}`);
  });

  it("when the refresh is refused too, the account needs reconnecting (auth)", async () => {
    const { fake, account, connector } = await setup();
    fake.expireAccessTokens();
    fake.revokeRefreshTokens();
    const error = await failure(connector.publish(publishRequest(account, "Will not go.")));
    expect(error.kind).toBe("auth");
    expect(error.message).toBe("LinkedIn no longer accepts this account's sign-in: reconnect it on the account's page.");
    expect(fake.livePosts()).toHaveLength(0);
  });

  it("when the refresh is refused but another worker saved a newer token, that token is used", async () => {
    const { fake, account, connector, connection } = await setup();
    const stale = (await connection.credentials()).accessToken;
    fake.expireAccessTokens();
    fake.revokeRefreshTokens();
    const newer = fake.connectOrganisation(HANDLE);
    // The other worker saves its token after this one started, just as the refresh fails.
    const read = connection.credentials.bind(connection);
    let reads = 0;
    connection.credentials = async () => {
      reads += 1;
      if (reads === 2) await connection.saveCredentials({ ...(await read()), accessToken: newer.accessToken });
      return read();
    };
    await connector.publish(publishRequest(account, "Posted with the other worker's token."));
    const attempts = callsTo(fake, "POST", "/rest/posts").map((call) => call.headers.authorization);
    expect(attempts).toEqual([`Bearer ${stale}`, `Bearer ${newer.accessToken}`]);
    expect(fake.livePosts()).toHaveLength(1);
  });
});

describe("LinkedIn find and delete", () => {
  it("find() returns null when no such post exists, and ignores posts made before `since`", async () => {
    const { account, connector, clock } = await setup();
    expect(await connector.find({ account, idempotencyKey: "k", text: "Never posted.", since: clock.now() })).toBeNull();

    await connector.publish(publishRequest(account, "An older post."));
    clock.advance(10 * 60_000);
    expect(await connector.find({ account, idempotencyKey: "k", text: "An older post.", since: clock.now() })).toBeNull();
    expect(await connector.find({ account, idempotencyKey: "k", text: "An older post.", since: new Date(clock.now().getTime() - 11 * 60_000) })).not.toBeNull();
  });

  it("deletes a post; deleting it again (LinkedIn answers 204) or a post that never existed (404) is not an error", async () => {
    const { fake, account, connector, clock } = await setup();
    const since = clock.now();
    const post = await connector.publish(publishRequest(account, "Posted in error."));
    await connector.delete(account, post.remoteId);
    expect(fake.livePosts()).toHaveLength(0);
    expect(callsTo(fake, "DELETE", `/rest/posts/${encodeURIComponent(post.remoteId)}`)).toHaveLength(1);
    expect(await connector.find({ account, idempotencyKey: "k", text: "Posted in error.", since })).toBeNull();
    expect((await fetch(post.url)).status).toBe(404);

    await connector.delete(account, post.remoteId);
    await connector.delete(account, "urn:li:share:1");
    expect(callsTo(fake, "DELETE", /^\/rest\/posts\//)).toHaveLength(3);
  });

  it("a delete LinkedIn refuses is permanent with its message", async () => {
    const { fake, account, connector, url } = await setup();
    const other = fake.connectOrganisation("another-trust", "someone-else");
    const theirs = await fetch(`${url}/rest/posts`, {
      method: "POST",
      headers: { authorization: `Bearer ${other.accessToken}`, "linkedin-version": "202601", "x-restli-protocol-version": "2.0.0", "content-type": "application/json" },
      body: JSON.stringify({ author: other.organizationUrn, commentary: "Not yours.", visibility: "PUBLIC", distribution: { feedDistribution: "MAIN_FEED" }, lifecycleState: "PUBLISHED" }),
    });
    const error = await failure(connector.delete(account, theirs.headers.get("x-restli-id")!));
    expect(error.kind).toBe("permanent");
    expect(error.message).toMatch(/^LinkedIn refused the deletion: Not enough permissions/);
  });
});

describe("LinkedIn connect (OAuth with PKCE)", () => {
  const redirectUri = "http://127.0.0.1:9/connections/linkedin/callback";

  async function signIn(url: string, fields: { username: string; organization: string }, verifier: string) {
    const query = new URLSearchParams({
      response_type: "code",
      client_id: "gatehouse-test",
      redirect_uri: redirectUri,
      state: "state-123",
      scope: connect.scopes.join(" "),
      code_challenge: createHash("sha256").update(verifier).digest("base64url"),
      code_challenge_method: "S256",
    });
    const pageUrl = `${connect.authorizeUrl(url)}?${query.toString()}`;
    const page = await fetch(pageUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Gatehouse wants to post as");
    expect(html).toContain("Authorize app");
    const action = new URL(/<form method="post" action="([^"]+)"/.exec(html)![1]!, url).toString();
    const form = new URLSearchParams(query);
    form.set("username", fields.username);
    form.set("organization", fields.organization);
    form.set("decision", "allow");
    const answer = await fetch(action, { method: "POST", body: form, redirect: "manual" });
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.get("location")!);
    expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
    expect(location.searchParams.get("state")).toBe("state-123");
    return location.searchParams.get("code")!;
  }

  it("uses LinkedIn's own sign-in addresses for the real API and the fake's otherwise", () => {
    expect(connect.authorizeUrl("https://api.linkedin.com")).toBe("https://www.linkedin.com/oauth/v2/authorization");
    expect(connect.authorizeUrl("http://127.0.0.1:4000/fakes/linkedin")).toBe("http://127.0.0.1:4000/fakes/linkedin/oauth/v2/authorization");
    expect(connect.pkce).toBe(true);
    expect(connect.scopes).toEqual(["w_organization_social", "r_organization_social", "rw_organization_admin"]);
  });

  it("signs in on the page, exchanges the code with its verifier, and finds the organisation by its vanity name", async () => {
    const { fake, url, ctx, clock } = await setup();
    // The member also administers another page, which must not be picked.
    fake.connectOrganisation("a-different-trust", "pat.admin");
    const verifier = randomBytes(32).toString("base64url");
    const code = await signIn(url, { username: "pat.admin", organization: HANDLE }, verifier);

    const grant = await connect.exchangeCode(ctx, url, { code, codeVerifier: verifier, redirectUri });
    const [exchange] = callsTo(fake, "POST", "/oauth/v2/accessToken");
    expect(exchange!.body).toMatchObject({ grant_type: "authorization_code", code, code_verifier: verifier, client_id: "gatehouse-test", client_secret: "test-secret" });

    const credentials = await connect.complete(ctx, url, grant, HANDLE);
    const organization = fake.organisation(HANDLE)!;
    expect(credentials).toEqual({
      accessToken: grant.accessToken,
      refreshToken: grant.refreshToken,
      expiresAt: new Date(clock.now().getTime() + 60 * 24 * 3600 * 1000).toISOString(),
      refreshExpiresAt: new Date(clock.now().getTime() + 365 * 24 * 3600 * 1000).toISOString(),
      remoteAccountId: `urn:li:organization:${organization.id}`,
      remoteHandle: HANDLE,
    });
    const acls = callsTo(fake, "GET", "/rest/organizationAcls")[0]!;
    expect(acls.query).toMatchObject({ q: "roleAssignee", role: "ADMINISTRATOR", state: "APPROVED" });
    expect(acls.headers).toMatchObject({ "linkedin-version": "202601", "x-restli-protocol-version": "2.0.0" });

    // The new credentials post as the page.
    const account = testAccount("linkedin", HANDLE, new MemoryConnection(url, credentials));
    await linkedinPlatform.connector(ctx).publish(publishRequest(account, "Connected and posting."));
    expect(fake.livePosts()[0]!.author).toBe(`urn:li:organization:${organization.id}`);
  });

  it("refuses a code redeemed with the wrong PKCE verifier", async () => {
    const { url, ctx } = await setup();
    const code = await signIn(url, { username: "pat.admin", organization: HANDLE }, randomBytes(32).toString("base64url"));
    const error = await failure(connect.exchangeCode(ctx, url, { code, codeVerifier: "not-the-verifier", redirectUri }));
    expect(error.kind).toBe("permanent");
    expect(error.message).toContain("LinkedIn refused the sign-in");
  });

  it("refuses to connect when the member does not administer the account's page, naming the pages they do", async () => {
    const { url, ctx } = await setup();
    const verifier = randomBytes(32).toString("base64url");
    const code = await signIn(url, { username: "pat.admin", organization: "some-other-trust" }, verifier);
    const grant = await connect.exchangeCode(ctx, url, { code, codeVerifier: verifier, redirectUri });
    const error = await failure(connect.complete(ctx, url, grant, HANDLE));
    expect(error.kind).toBe("permanent");
    expect(error.message).toContain(`not an administrator of the page "${HANDLE}"`);
    expect(error.message).toContain("some-other-trust");
  });
});

describe("the LinkedIn fake's contract checks", () => {
  it("refuses a /rest call without LinkedIn-Version, with a Rest.li error body", async () => {
    const { fake, url } = await setup();
    const page = fake.connectOrganisation(HANDLE);
    const response = await fetch(`${url}/rest/organizationAcls?q=roleAssignee`, {
      headers: { authorization: `Bearer ${page.accessToken}`, "x-restli-protocol-version": "2.0.0" },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status: 400, code: "VERSION_MISSING" });
  });

  it("refuses a post whose image belongs to another organisation (INVALID_CONTENT_OWNERSHIP)", async () => {
    const { fake, url } = await setup({ fake: { processingReads: 0 } });
    const first = fake.connectOrganisation(HANDLE, "pat.admin");
    const second = fake.connectOrganisation("another-trust", "pat.admin");
    const headers = { authorization: `Bearer ${second.accessToken}`, "linkedin-version": "202601", "x-restli-protocol-version": "2.0.0", "content-type": "application/json" };
    const init = await fetch(`${url}/rest/images?action=initializeUpload`, { method: "POST", headers, body: JSON.stringify({ initializeUploadRequest: { owner: first.organizationUrn } }) });
    const { value } = (await init.json()) as { value: { uploadUrl: string; image: string } };
    const put = await fetch(value.uploadUrl, { method: "PUT", headers: { authorization: headers.authorization }, body: new Uint8Array((await smallJpegs(1))[0]!.bytes) });
    expect(put.status).toBe(201);
    const status = await fetch(`${url}/rest/images/${encodeURIComponent(value.image)}`, { headers });
    expect(await status.json()).toMatchObject({ status: "AVAILABLE", owner: first.organizationUrn });

    const post = await fetch(`${url}/rest/posts`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        author: second.organizationUrn,
        commentary: "Borrowed picture.",
        visibility: "PUBLIC",
        distribution: { feedDistribution: "MAIN_FEED" },
        lifecycleState: "PUBLISHED",
        content: { media: { id: value.image } },
      }),
    });
    expect(post.status).toBe(400);
    expect(JSON.stringify(await post.json())).toContain("INVALID_CONTENT_OWNERSHIP");
  });

  it("works under a mount prefix, and hands out addresses under it", async () => {
    const fake = createLinkedInFake({ prefix: "/fakes/linkedin", processingReads: 0 });
    const server = await serveFake(fake.app);
    served.push(server);
    const base = `${server.url}/fakes/linkedin`;
    const page = fake.connectOrganisation(HANDLE);
    const account = testAccount(
      "linkedin",
      HANDLE,
      new MemoryConnection(base, { accessToken: page.accessToken, remoteAccountId: page.organizationUrn, remoteHandle: HANDLE }),
    );
    const post = await linkedinPlatform.connector(testContext()).publish(publishRequest(account, "Under a prefix.", await smallJpegs(1)));
    expect(post.url).toBe(`${base}/feed/update/${post.remoteId}/`);
    expect((await fetch(post.url)).status).toBe(200);
    expect(callsTo(fake, "PUT", /^\/dms-uploads\//)).toHaveLength(1);
  });
});

/** A copy of a JPEG whose header claims another size: enough for a pixel check that reads only the header. */
function withJpegSize(jpeg: Buffer, width: number, height: number): Buffer {
  const copy = Buffer.from(jpeg);
  for (let i = 2; i < copy.length - 9; ) {
    const marker = copy[i + 1]!;
    const length = copy.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc2) {
      copy.writeUInt16BE(height, i + 5);
      copy.writeUInt16BE(width, i + 7);
      return copy;
    }
    i += 2 + length;
  }
  throw new Error("no start-of-frame marker in this JPEG");
}
