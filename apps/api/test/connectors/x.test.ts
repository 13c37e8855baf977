import { createHash, randomBytes } from "node:crypto";
import { Hono } from "hono";
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import type { ConnectorContext } from "../../src/connectors/context.ts";
import type { OAuthConnect } from "../../src/connectors/platform-module.ts";
import type { Connection, Credentials, PublishMedia } from "../../src/connectors/types.ts";
import { xPlatform } from "../../src/connectors/x/index.ts";
import { X_SCOPES } from "../../src/connectors/x/oauth.ts";
import { serveFake, type ServedFake } from "../../src/fakes/serve.ts";
import { createXFake, type XFakeOptions } from "../../src/fakes/x/index.ts";
import { ManualClock, MemoryConnection, jpegMedia, testAccount, testContext } from "../support/connectors.ts";

const HANDLE = "GatehouseNHS";
const connect = xPlatform.connect as OAuthConnect;
const served: ServedFake[] = [];

afterEach(async () => {
  await Promise.all(served.splice(0).map((s) => s.close()));
});

async function setup(options: XFakeOptions & { requestTimeoutMs?: number } = {}) {
  const clock = new ManualClock();
  const fake = createXFake({ now: () => clock.now(), ...options });
  const server = await serveFake(fake.app);
  served.push(server);
  const ctx = testContext({ clock, requestTimeoutMs: options.requestTimeoutMs });
  const granted = fake.grant(HANDLE);
  const credentials: Credentials = {
    accessToken: granted.accessToken,
    refreshToken: granted.refreshToken,
    expiresAt: new Date(clock.now().getTime() + granted.expiresIn * 1000).toISOString(),
    remoteAccountId: granted.user.id,
    remoteHandle: granted.user.username,
  };
  const connection = new MemoryConnection(server.url, credentials);
  const account = testAccount("x", `@${HANDLE}`, connection);
  return { clock, fake, url: server.url, ctx, credentials, connection, account, connector: xPlatform.connector(ctx) };
}

function request(account: ReturnType<typeof testAccount>, text: string, media: PublishMedia[] = []) {
  return { account, idempotencyKey: `key-${text.length}`, text, media };
}

function callsTo(fake: ReturnType<typeof createXFake>, method: string, pattern: RegExp) {
  return fake.calls.filter((c) => c.method === method && pattern.test(c.path));
}

/** A photo-like JPEG (noise compresses badly) big enough to need more than one 1 MB segment. */
async function largeJpeg(altText: string): Promise<PublishMedia> {
  const side = 1400;
  const bytes = await sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
  return { bytes, contentType: "image/jpeg", width: side, height: side, altText };
}

describe("X client publishing to the fake X API", () => {
  it("posts text alone and gives the post's public address, which shows the post", async () => {
    const { fake, url, account, connector } = await setup();
    const text = "Flu clinics open on Monday at the main entrance.";
    const post = await connector.publish(request(account, text));

    expect(fake.posts()).toHaveLength(1);
    expect(fake.posts()[0]).toMatchObject({ id: post.remoteId, text, mediaIds: [] });
    expect(callsTo(fake, "POST", /^\/2\/tweets$/)[0]!.body).toEqual({ text });
    expect(post.url).toBe(`${url}/${HANDLE}/status/${post.remoteId}`);
    const page = await fetch(post.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(text);
  });

  it("posts one picture: uploaded, described with its alt text, attached, and shown on the post's page", async () => {
    const { fake, account, connector } = await setup();
    const picture = await jpegMedia(1200, 675, "A nurse gives a flu jab to a smiling older man.");
    const post = await connector.publish(request(account, "Have you had your flu jab yet?", [picture]));

    const stored = fake.posts()[0]!;
    expect(stored.mediaIds).toHaveLength(1);
    const media = fake.media(stored.mediaIds[0]!)!;
    expect(media.bytes!.equals(picture.bytes)).toBe(true);
    expect(media.altText).toBe(picture.altText);
    expect(fake.calls.filter((c) => c.path.startsWith("/2/")).map((c) => `${c.method} ${c.path.replace(/\d{10,}/, ":id")}`)).toEqual([
      "POST /2/media/upload/initialize",
      "POST /2/media/upload/:id/append",
      "POST /2/media/upload/:id/finalize",
      "POST /2/media/metadata",
      "POST /2/tweets",
    ]);
    expect(callsTo(fake, "POST", /initialize$/)[0]!.body).toEqual({ media_type: "image/jpeg", total_bytes: picture.bytes.length, media_category: "tweet_image" });

    const html = await (await fetch(post.url)).text();
    const src = /<img src="([^"]+)" alt="([^"]*)"/.exec(html);
    expect(src?.[2]).toBe(picture.altText);
    const image = Buffer.from(await (await fetch(src![1]!)).arrayBuffer());
    expect(image.equals(picture.bytes)).toBe(true);
  });

  it("posts four pictures in order, a large one sent in 1 MB segments", async () => {
    const { fake, account, connector } = await setup();
    const large = await largeJpeg("Fourth: the new children's ward, painted with jungle animals.");
    expect(large.bytes.length).toBeGreaterThan(1024 * 1024);
    const pictures = [
      await jpegMedia(1200, 675, "First: the front of the hospital."),
      await jpegMedia(800, 800, "Second: the new reception desk."),
      await jpegMedia(675, 1200, "Third: a volunteer at the café."),
      large,
    ];
    await connector.publish(request(account, "Our new children's ward opens today.", pictures));

    const stored = fake.posts()[0]!;
    expect(stored.mediaIds.map((id) => fake.media(id)!.altText)).toEqual(pictures.map((p) => p.altText));
    expect(stored.mediaIds.map((id) => fake.media(id)!.bytes!.length)).toEqual(pictures.map((p) => p.bytes.length));
    const largeId = stored.mediaIds[3]!;
    const segments = callsTo(fake, "POST", new RegExp(`^/2/media/upload/${largeId}/append$`));
    const expected = Math.ceil(large.bytes.length / (1024 * 1024));
    expect(expected).toBeGreaterThan(1);
    expect(segments.map((c) => (c.body as { segment_index: string }).segment_index)).toEqual(Array.from({ length: expected }, (_, i) => String(i)));
  });

  it("sends a fifth picture to X, which refuses the post: the client reports that as permanent", async () => {
    // The client does not count pictures itself: the policy package already stops a fifth.
    const { fake, account, connector } = await setup();
    const pictures = await Promise.all([1, 2, 3, 4, 5].map((n) => jpegMedia(400, 400, `Picture ${n}.`)));
    const error = await connector.publish(request(account, "Five pictures is one too many.", pictures)).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "permanent", message: expect.stringContaining("X refused the post: $.media.media_ids: there must be a maximum of 4 items") });
    expect(fake.posts()).toHaveLength(0);
  });

  it("waits while X processes a picture before posting it", async () => {
    const { fake, account, connector } = await setup({ processing: { checks: 1, checkAfterSecs: 0 } });
    await connector.publish(request(account, "Processed before posting.", [await jpegMedia()]));
    expect(callsTo(fake, "GET", /^\/2\/media\/upload$/).map((c) => c.query.command)).toEqual(["STATUS", "STATUS"]);
    expect(fake.posts()).toHaveLength(1);
  });
});

describe("the fake X mounted under a path, as the demo server mounts it", () => {
  it("serves the API, the post page and its pictures under /fakes/x", async () => {
    const clock = new ManualClock();
    const fake = createXFake({ prefix: "/fakes/x", now: () => clock.now() });
    const parent = new Hono();
    parent.route("/", fake.app);
    const server = await serveFake(parent);
    served.push(server);
    const base = `${server.url}/fakes/x`;
    const granted = fake.grant(HANDLE);
    const account = testAccount("x", HANDLE, new MemoryConnection(base, { accessToken: granted.accessToken, refreshToken: granted.refreshToken, remoteAccountId: granted.user.id }));
    const post = await xPlatform.connector(testContext({ clock })).publish(request(account, "Mounted under a path.", [await jpegMedia()]));

    expect(post.url).toBe(`${base}/${HANDLE}/status/${post.remoteId}`);
    expect(fake.calls.map((c) => c.path).at(-1)).toBe("/2/tweets");
    const html = await (await fetch(post.url)).text();
    const src = /<img src="([^"]+)"/.exec(html)![1]!;
    expect(src.startsWith(`${base}/media/`)).toBe(true);
    expect((await fetch(src)).headers.get("content-type")).toBe("image/jpeg");
    expect(await (await fetch(`${connect.authorizeUrl(base)}?response_type=code&client_id=c&redirect_uri=http://127.0.0.1/cb&state=s&code_challenge=x`)).text()).toContain(`action="${base}/i/oauth2/authorize"`);
  });
});

describe("X client errors", () => {
  it("a 503 from X is transient and nothing was posted", async () => {
    const { fake, account, connector } = await setup();
    fake.fail("POST /2/tweets", "5xx");
    await expect(connector.publish(request(account, "Try me again."))).rejects.toMatchObject({ kind: "transient", message: expect.stringContaining("503") });
    expect(fake.posts()).toHaveLength(0);
    const post = await connector.publish(request(account, "Try me again."));
    expect(fake.posts().map((p) => p.id)).toEqual([post.remoteId]);
  });

  it("a 429 is rate_limited, waiting until X's x-rate-limit-reset", async () => {
    const { fake, account, connector } = await setup();
    fake.fail("POST /2/tweets", "429");
    // The window opens with this call; the clock stands still, so the reset is 15 minutes away.
    await expect(connector.publish(request(account, "Too soon."))).rejects.toMatchObject({ kind: "rate_limited", retryAfterMs: 15 * 60 * 1000 });
  });

  it("X's own per-user limit on posting gives rate_limited with the wait left in the window", async () => {
    const { fake, clock, account, connector } = await setup({ limits: { "POST /2/tweets": 1 } });
    await connector.publish(request(account, "The first post of the window."));
    clock.advance(60_000);
    await expect(connector.publish(request(account, "The second post of the window."))).rejects.toMatchObject({ kind: "rate_limited", retryAfterMs: 14 * 60 * 1000 });
    expect(fake.posts()).toHaveLength(1);
  });

  it("the same text twice is a duplicate, and find() gives the first post", async () => {
    const { clock, account, connector } = await setup();
    const since = clock.now();
    const first = await connector.publish(request(account, "Visiting hours change on Monday."));
    await expect(connector.publish(request(account, "Visiting hours change on Monday."))).rejects.toMatchObject({ kind: "duplicate" });
    await expect(connector.find({ account, idempotencyKey: "k", text: "Visiting hours change on Monday.", since })).resolves.toEqual(first);
  });

  it("refreshes a token about to expire before calling, and saves the new tokens (the old refresh token is spent)", async () => {
    const { fake, clock, credentials, connection, account, connector } = await setup();
    clock.advance(2 * 60 * 60 * 1000 - 60_000);
    await connector.publish(request(account, "Posted on a fresh token."));

    expect(connection.saved).toHaveLength(1);
    const saved = connection.saved[0]!;
    expect(saved.accessToken).not.toBe(credentials.accessToken);
    expect(saved.refreshToken).not.toBe(credentials.refreshToken);
    expect(saved.expiresAt).toBe(new Date(clock.now().getTime() + 2 * 60 * 60 * 1000).toISOString());
    expect(fake.state.refreshTokens.has(credentials.refreshToken!)).toBe(false);
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual(["POST /2/oauth2/token", "POST /2/tweets"]);
  });

  it("a token X stops accepting early is refreshed once and the call tried again", async () => {
    const { fake, connection, account, connector } = await setup();
    fake.expireAccessTokens();
    await connector.publish(request(account, "Posted after a 401."));
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual(["POST /2/tweets", "POST /2/oauth2/token", "POST /2/tweets"]);
    expect(connection.saved).toHaveLength(1);
    expect(fake.posts()).toHaveLength(1);
  });

  it("when X refuses the refresh as well, the account needs reconnecting (auth)", async () => {
    const { fake, account, connector } = await setup();
    fake.expireAccessTokens();
    fake.revokeRefreshTokens();
    await expect(connector.publish(request(account, "Never posted."))).rejects.toMatchObject({
      kind: "auth",
      message: "X no longer accepts this account's sign-in: reconnect it on the account's page.",
    });
    expect(fake.posts()).toHaveLength(0);
  });

  it("a refresh token another worker already spent: the tokens it saved are used instead", async () => {
    const { fake, url, credentials, connection, account, connector } = await setup();
    fake.expireAccessTokens();
    await connector.publish(request(account, "Worker one refreshed first."));

    // Worker two read the credentials before worker one saved its new ones.
    const late = new StaleFirstRead(url, connection, credentials);
    await connector.publish(request(testAccount("x", `@${HANDLE}`, late), "Worker two uses worker one's token."));
    expect(late.saved).toHaveLength(0);
    expect(fake.posts()).toHaveLength(2);
  });

  it("a refusal is permanent and carries X's own words", async () => {
    const { fake, account, connector } = await setup();
    const picture = await jpegMedia(400, 400, "a".repeat(1001));
    await expect(connector.publish(request(account, "Alt text too long.", [picture]))).rejects.toMatchObject({
      kind: "permanent",
      message: "X refused a picture's alt text: Alt text can be at most 1000 characters.",
    });
    const huge: PublishMedia = { ...(await jpegMedia()), bytes: Buffer.alloc(5 * 1024 * 1024 + 1, 0xff) };
    await expect(connector.publish(request(account, "Picture too big.", [huge]))).rejects.toMatchObject({ kind: "permanent", message: expect.stringContaining("Images can be at most 5242880 bytes") });
    expect(fake.posts()).toHaveLength(0);
  });

  it("text at exactly 280 weighted characters is posted; one more is refused as permanent", async () => {
    const { fake, account, connector } = await setup();
    const link = " https://www.nhs.uk/vaccinations/flu-vaccine/";
    for (const text of ["a".repeat(280), "🩺".repeat(140), "b".repeat(280 - 24) + link, "c".repeat(270) + "£€—“”"]) {
      await expect(connector.publish(request(account, text))).resolves.toMatchObject({ remoteId: expect.any(String) });
    }
    for (const text of ["a".repeat(281), "🩺".repeat(141), "b".repeat(281 - 24) + link, "日".repeat(141)]) {
      await expect(connector.publish(request(account, text))).rejects.toMatchObject({ kind: "permanent", message: "X refused the post: Your Tweet text is too long." });
    }
    expect(fake.posts()).toHaveLength(4);
  });
});

describe("X client reconciling: find() and timeouts", () => {
  it("times out after X accepted the post; find() then returns it, so it is not sent again", async () => {
    const { fake, clock, account, connector } = await setup({ requestTimeoutMs: 500 });
    const since = clock.now();
    fake.fail("POST /2/tweets", "hang", { ms: 5_000 });
    const text = "Accepted, but the answer never came.";
    await expect(connector.publish(request(account, text))).rejects.toMatchObject({ kind: "timeout" });

    expect(fake.posts()).toHaveLength(1);
    const found = await connector.find({ account, idempotencyKey: "k", text, since });
    expect(found).toEqual({ remoteId: fake.posts()[0]!.id, url: expect.stringMatching(new RegExp(`/${HANDLE}/status/${fake.posts()[0]!.id}$`)) });
  });

  it("find() sees through X's t.co links, HTML entities and the link X adds for pictures", async () => {
    const { fake, clock, account, connector } = await setup();
    const since = clock.now();
    const text = "Flu & COVID jabs <this week>: book at https://www.nhs.uk/book-a-vaccine, or call 119.";
    const post = await connector.publish(request(account, text, [await jpegMedia()]));
    expect(fake.posts()[0]!.displayText).not.toBe(text);
    expect(fake.posts()[0]!.displayText).toMatch(/&amp; COVID jabs &lt;this week&gt;: book at https:\/\/t\.co\/\S+, or call 119\. https:\/\/t\.co\/\S+$/);
    await expect(connector.find({ account, idempotencyKey: "k", text, since })).resolves.toEqual(post);
    await expect(connector.find({ account, idempotencyKey: "k", text: text.replace("119", "111"), since })).resolves.toBeNull();
  });

  it("find() returns null for a post that is not there, and ignores posts made before `since`", async () => {
    const { fake, clock, account, connector } = await setup();
    const before = clock.now();
    const post = await connector.publish(request(account, "Car park B is closed today."));
    clock.advance(10 * 60 * 1000);

    await expect(connector.find({ account, idempotencyKey: "k", text: "Car park C is closed today.", since: before })).resolves.toBeNull();
    await expect(connector.find({ account, idempotencyKey: "k", text: "Car park B is closed today.", since: clock.now() })).resolves.toBeNull();
    await expect(connector.find({ account, idempotencyKey: "k", text: "Car park B is closed today.", since: before })).resolves.toEqual(post);
    const searches = callsTo(fake, "GET", /\/tweets$/);
    expect(searches.map((c) => c.path)).toEqual(Array(3).fill(`/2/users/${fake.posts()[0]!.authorId}/tweets`));
    expect(searches[1]!.query).toMatchObject({ start_time: "2026-11-26T10:10:00Z", max_results: "100", "tweet.fields": "created_at,text" });
  });
});

describe("X client deleting", () => {
  it("deletes a post; deleting it again finds it already gone and does not fail", async () => {
    const { fake, clock, account, connector } = await setup();
    const since = clock.now();
    const post = await connector.publish(request(account, "Posted in error."));
    await connector.delete(account, post.remoteId);
    expect(fake.posts()[0]!.deletedAt).toBeInstanceOf(Date);
    expect((await fetch(post.url)).status).toBe(404);
    await expect(connector.find({ account, idempotencyKey: "k", text: "Posted in error.", since })).resolves.toBeNull();

    await expect(connector.delete(account, post.remoteId)).resolves.toBeUndefined();
    expect(callsTo(fake, "DELETE", /^\/2\/tweets\//)).toHaveLength(2);
  });

  it("refuses, as permanent, to delete another account's post", async () => {
    const { fake, url, ctx, account, connector } = await setup();
    const other = fake.grant("SomeoneElse");
    const theirs = await xPlatform.connector(ctx).publish(
      request(testAccount("x", "@SomeoneElse", new MemoryConnection(url, { accessToken: other.accessToken, refreshToken: other.refreshToken, remoteAccountId: other.user.id })), "Not yours."),
    );
    await expect(connector.delete(account, theirs.remoteId)).rejects.toMatchObject({ kind: "permanent", message: "X refused to delete the post: You are not allowed to delete this Tweet." });
  });
});

describe("X sign-in (OAuth 2.0 with PKCE) against the fake", () => {
  const redirectUri = "http://127.0.0.1:5173/api/connections/callback";

  async function signIn(url: string, clientId: string, username: string) {
    const verifier = randomBytes(32).toString("base64url");
    const params = new URLSearchParams({
      response_type: "code",
      client_id: clientId,
      redirect_uri: redirectUri,
      scope: connect.scopes.join(" "),
      state: "state-123",
      code_challenge: createHash("sha256").update(verifier).digest("base64url"),
      code_challenge_method: "S256",
    });
    const page = await fetch(`${connect.authorizeUrl(url)}?${params.toString()}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("Gatehouse wants to post as");
    expect(html).toContain("Authorize app");
    const action = /<form method="post" action="([^"]+)"/.exec(html)![1]!;
    const form = new URLSearchParams(params);
    form.set("username", username);
    form.set("decision", "allow");
    const consent = await fetch(action.replace(/&amp;/g, "&"), { method: "POST", body: form, redirect: "manual" });
    expect(consent.status).toBe(302);
    const back = new URL(consent.headers.get("location")!);
    expect(`${back.origin}${back.pathname}`).toBe(redirectUri);
    expect(back.searchParams.get("state")).toBe("state-123");
    return { code: back.searchParams.get("code")!, verifier };
  }

  async function oauthSetup() {
    const clock = new ManualClock();
    const fake = createXFake({
      now: () => clock.now(),
      clients: [{ clientId: "gatehouse-test", clientSecret: "test-secret" }, { clientId: "gatehouse-public" }],
    });
    const server = await serveFake(fake.app);
    served.push(server);
    return { clock, fake, url: server.url, ctx: testContext({ clock }) };
  }

  it("points at x.com's consent page for the real API, and the fake's own otherwise", () => {
    expect(connect.authorizeUrl("https://api.x.com")).toBe("https://x.com/i/oauth2/authorize");
    expect(connect.authorizeUrl("http://127.0.0.1:4000/fakes/x")).toBe("http://127.0.0.1:4000/fakes/x/i/oauth2/authorize");
    expect([...connect.scopes]).toEqual([...X_SCOPES]);
    expect(connect.pkce).toBe(true);
  });

  it("signs in, exchanges the code (a confidential client with HTTP Basic), checks the account and can post", async () => {
    const { clock, fake, url, ctx } = await oauthSetup();
    const { code, verifier } = await signIn(url, "gatehouse-test", HANDLE);
    const grant = await connect.exchangeCode(ctx, url, { code, codeVerifier: verifier, redirectUri });
    expect(grant).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 7200 });
    const token = callsTo(fake, "POST", /oauth2\/token$/)[0]!;
    expect(token.headers.authorization).toBe(`Basic ${Buffer.from("gatehouse-test:test-secret").toString("base64")}`);
    expect(token.body).toEqual({ grant_type: "authorization_code", code, redirect_uri: redirectUri, code_verifier: verifier });

    const credentials = await connect.complete(ctx, url, grant, "@gatehousenhs");
    expect(credentials).toEqual({
      accessToken: grant.accessToken,
      refreshToken: grant.refreshToken,
      expiresAt: "2026-11-26T12:00:00.000Z",
      remoteAccountId: [...fake.state.users.values()].find((u) => u.username === HANDLE)!.id,
      remoteHandle: HANDLE,
    });

    const connection = new MemoryConnection(url, credentials);
    const post = await xPlatform.connector(ctx).publish(request(testAccount("x", `@${HANDLE}`, connection), "Connected and posting."));
    expect(post.url).toBe(`${url}/${HANDLE}/status/${post.remoteId}`);
    clock.advance(3 * 60 * 60 * 1000);
    await xPlatform.connector(ctx).delete(testAccount("x", `@${HANDLE}`, connection), post.remoteId);
    expect(connection.saved).toHaveLength(1);
    expect(fake.posts()[0]!.deletedAt).toBeInstanceOf(Date);
  });

  it("a public client names itself in the form instead", async () => {
    const { fake, url, ctx } = await oauthSetup();
    const publicCtx: ConnectorContext = { ...ctx, oauthClient: () => ({ clientId: "gatehouse-public" }) };
    const { code, verifier } = await signIn(url, "gatehouse-public", HANDLE);
    await connect.exchangeCode(publicCtx, url, { code, codeVerifier: verifier, redirectUri });
    const token = callsTo(fake, "POST", /oauth2\/token$/)[0]!;
    expect(token.headers.authorization).toBeUndefined();
    expect(token.body).toMatchObject({ client_id: "gatehouse-public" });
  });

  it("refuses a sign-in as a different X account than the one registered", async () => {
    const { url, ctx } = await oauthSetup();
    const { code, verifier } = await signIn(url, "gatehouse-test", "SomeoneElse");
    const grant = await connect.exchangeCode(ctx, url, { code, codeVerifier: verifier, redirectUri });
    await expect(connect.complete(ctx, url, grant, "@GatehouseNHS")).rejects.toMatchObject({
      kind: "permanent",
      message: "You signed in to X as @SomeoneElse, but this account is @GatehouseNHS. Sign out of X, sign in as @GatehouseNHS, then connect again.",
    });
  });

  it("a code exchanged with the wrong PKCE verifier, or twice, is refused", async () => {
    const { url, ctx } = await oauthSetup();
    const first = await signIn(url, "gatehouse-test", HANDLE);
    await expect(connect.exchangeCode(ctx, url, { code: first.code, codeVerifier: randomBytes(32).toString("base64url"), redirectUri })).rejects.toMatchObject({
      kind: "permanent",
      message: expect.stringContaining("code verifier did not match"),
    });
    const second = await signIn(url, "gatehouse-test", HANDLE);
    await connect.exchangeCode(ctx, url, { code: second.code, codeVerifier: second.verifier, redirectUri });
    await expect(connect.exchangeCode(ctx, url, { code: second.code, codeVerifier: second.verifier, redirectUri })).rejects.toMatchObject({ kind: "permanent" });
  });
});

/** Worker two's view of the shared credentials: read once before worker one saved, then current. */
class StaleFirstRead implements Connection {
  saved: Credentials[] = [];
  private first = true;
  constructor(
    readonly baseUrl: string,
    private readonly shared: MemoryConnection,
    private readonly stale: Credentials,
  ) {}
  async credentials(): Promise<Credentials> {
    if (!this.first) return this.shared.credentials();
    this.first = false;
    return { ...this.stale };
  }
  async saveCredentials(credentials: Credentials): Promise<void> {
    this.saved.push(credentials);
    await this.shared.saveCredentials(credentials);
  }
}
