import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blueskyPlatform } from "../../src/connectors/bluesky/index.ts";
import type { AppPasswordConnect } from "../../src/connectors/platform-module.ts";
import { ConnectorError, type ConnectorAccount, type ConnectorErrorKind, type Credentials, type PublishMedia } from "../../src/connectors/types.ts";
import { createBlueskyFake, type BlueskyFake, type BlueskyFakeOptions } from "../../src/fakes/bluesky/index.ts";
import { serveFake, type ServedFake } from "../../src/fakes/serve.ts";
import { jpegMedia, ManualClock, MemoryConnection, testAccount, testContext } from "../support/connectors.ts";

const HANDLE = "nhs-trust.bsky.social";
const APP_PASSWORD = "abcd-efgh-ijkl-mnop";
const PREFIX = "/fakes/bluesky";
const connect = blueskyPlatform.connect as AppPasswordConnect;

let clock: ManualClock;
let fake: BlueskyFake;
let served: ServedFake;
let base: string;

async function startFake(options: BlueskyFakeOptions = {}) {
  clock = new ManualClock(new Date("2026-11-26T10:00:00Z"));
  // Mounted under the demo server's prefix, to prove every route and URL works there.
  fake = createBlueskyFake({ prefix: PREFIX, now: () => clock.now(), ...options });
  fake.createAccount(HANDLE, APP_PASSWORD);
  served = await serveFake(fake.app);
  base = `${served.url}${PREFIX}`;
}

beforeEach(async () => {
  await startFake();
});
afterEach(async () => {
  await served.close();
});

async function connected(options: { requestTimeoutMs?: number } = {}) {
  const ctx = testContext({ clock, requestTimeoutMs: options.requestTimeoutMs });
  const credentials = await connect.login(ctx, base, HANDLE, APP_PASSWORD, HANDLE);
  const connection = new MemoryConnection(base, credentials);
  const account = testAccount("bluesky", HANDLE, connection);
  return { ctx, credentials, connection, account, connector: blueskyPlatform.connector(ctx) };
}

async function failure(promise: Promise<unknown>, kind: ConnectorErrorKind): Promise<ConnectorError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  expect((error as ConnectorError).kind).toBe(kind);
  return error as ConnectorError;
}

function request(account: ConnectorAccount, text: string, media: PublishMedia[] = [], idempotencyKey = "post-1") {
  return { account, idempotencyKey, text, media };
}

function callsTo(method: string) {
  return fake.calls.filter((call) => call.path === `/xrpc/${method}`);
}

type StoredPost = { text: string; langs: string[]; createdAt: string; facets?: { index: { byteStart: number; byteEnd: number }; features: { uri: string }[] }[]; embed?: { images: { alt: string; aspectRatio: { width: number; height: number }; image: { ref: { $link: string }; size: number; mimeType: string } }[] } };

function storedPosts(): StoredPost[] {
  return fake.posts(HANDLE).map((record) => record.value as unknown as StoredPost);
}

const picture = (alt: string, width = 1200, height = 675) => jpegMedia(width, height, alt);

describe("connecting with a handle and an app password", () => {
  it("makes a session and keeps the DID, handle, both JWTs with their expiry and the app password", async () => {
    const { credentials } = await connected();
    expect(credentials).toMatchObject({ remoteHandle: HANDLE, appPassword: APP_PASSWORD });
    expect(credentials.remoteAccountId).toMatch(/^did:plc:/);
    // Read from the JWTs' exp: 2 hours and 90 days, as the PDS issues them.
    expect(credentials.expiresAt).toBe("2026-11-26T12:00:00.000Z");
    expect(credentials.refreshExpiresAt).toBe("2027-02-24T10:00:00.000Z");
    expect(callsTo("com.atproto.server.createSession")[0]!.body).toEqual({ identifier: HANDLE, password: APP_PASSWORD });
  });

  it("accepts the handle typed with an @ and in other case", async () => {
    const ctx = testContext({ clock });
    const credentials = await connect.login(ctx, base, "@NHS-Trust.bsky.social", APP_PASSWORD, "@NHS-trust.BSKY.social");
    expect(credentials.remoteHandle).toBe(HANDLE);
  });

  it("refuses an app password for another account than the one registered", async () => {
    fake.createAccount("someone-else.bsky.social", "zzzz-zzzz-zzzz-zzzz");
    const error = await failure(connect.login(testContext({ clock }), base, "someone-else.bsky.social", "zzzz-zzzz-zzzz-zzzz", HANDLE), "permanent");
    expect(error.message).toBe("That app password signs in as @someone-else.bsky.social, not @nhs-trust.bsky.social. Sign in with an app password made on @nhs-trust.bsky.social.");
  });

  it("refuses a wrong app password with Bluesky's words and what to do", async () => {
    const error = await failure(connect.login(testContext({ clock }), base, HANDLE, "wrong-password", HANDLE), "permanent");
    expect(error.message).toContain("Invalid identifier or password");
    expect(error.message).toContain("make a new app password");
  });

  it("in the demo, makes the account at its first sign-in with whatever password was typed, and holds it to that password", async () => {
    await served.close();
    await startFake({ autoCreateAccounts: true });
    const ctx = testContext({ clock });
    const credentials = await connect.login(ctx, base, "demo-trust.bsky.social", "any-password", "demo-trust.bsky.social");
    expect(credentials.remoteHandle).toBe("demo-trust.bsky.social");
    await failure(connect.login(ctx, base, "demo-trust.bsky.social", "another-password", "demo-trust.bsky.social"), "permanent");
  });
});

describe("publishing", () => {
  it("posts text alone, at a record key made from the idempotency key, with a link to its page", async () => {
    const { connector, account, credentials } = await connected();
    const posted = await connector.publish(request(account, "Our A&E is busy tonight. Please use NHS 111 first."));

    const created = callsTo("com.atproto.repo.createRecord")[0]!.body as { repo: string; collection: string; rkey: string; record: Record<string, unknown> };
    expect(created).toMatchObject({ repo: credentials.remoteAccountId, collection: "app.bsky.feed.post" });
    expect(created.rkey).toMatch(/^[234567a-j][234567a-z]{12}$/);
    expect(created.record).toEqual({ $type: "app.bsky.feed.post", text: "Our A&E is busy tonight. Please use NHS 111 first.", createdAt: "2026-11-26T10:00:00.000Z", langs: ["en"] });
    expect(posted).toEqual({ remoteId: `at://${credentials.remoteAccountId}/app.bsky.feed.post/${created.rkey}`, url: `${base}/profile/${HANDLE}/post/${created.rkey}` });
    expect(callsTo("com.atproto.repo.uploadBlob")).toHaveLength(0);

    const page = await fetch(posted.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Please use NHS 111 first.");
  });

  it("uses the same record key for the same idempotency key, and another for another", async () => {
    const { connector, account } = await connected();
    await connector.publish(request(account, "First.", [], "key-a"));
    await connector.publish(request(account, "Second.", [], "key-b"));
    const [first, second] = fake.posts(HANDLE);
    expect(first!.rkey).not.toBe(second!.rkey);
    const again = await connected();
    expect(await again.connector.find({ account: again.account, idempotencyKey: "key-a", text: "First.", since: new Date(0) })).toMatchObject({ remoteId: first!.uri });
  });

  it("uploads one picture as raw bytes and embeds it with its alt text and shape", async () => {
    const { connector, account } = await connected();
    const media = [await picture("A nurse checks a patient's notes at the ward desk.")];
    await connector.publish(request(account, "Meet the ward team.", media));

    const upload = callsTo("com.atproto.repo.uploadBlob")[0]!;
    expect(upload.headers["content-type"]).toBe("image/jpeg");
    expect(upload.body).toEqual({ bytes: media[0]!.bytes.length });
    const [post] = storedPosts();
    expect(post!.embed!.images).toHaveLength(1);
    const [image] = post!.embed!.images;
    expect(image!.alt).toBe("A nurse checks a patient's notes at the ward desk.");
    expect(image!.aspectRatio).toEqual({ width: 1200, height: 675 });
    expect(fake.blob(HANDLE, image!.image.ref.$link)!.equals(media[0]!.bytes)).toBe(true);
  });

  it("posts the most Bluesky allows: four pictures, each with its own alt text", async () => {
    const { connector, account } = await connected();
    const media = await Promise.all([1, 2, 3, 4].map((n) => picture(`Picture ${n} of the new maternity unit.`, 600 + n * 100, 600)));
    await connector.publish(request(account, "Our new maternity unit opens on Monday.", media));

    expect(callsTo("com.atproto.repo.uploadBlob").map((call) => call.body)).toEqual(media.map((item) => ({ bytes: item.bytes.length })));
    const images = storedPosts()[0]!.embed!.images;
    expect(images.map((image) => image.alt)).toEqual([1, 2, 3, 4].map((n) => `Picture ${n} of the new maternity unit.`));
    expect(images.map((image) => image.aspectRatio.width)).toEqual([700, 800, 900, 1000]);
    images.forEach((image, index) => expect(fake.blob(HANDLE, image.image.ref.$link)!.equals(media[index]!.bytes)).toBe(true));
  });

  it("refuses a fifth picture before uploading anything", async () => {
    const { connector, account } = await connected();
    const media = await Promise.all([1, 2, 3, 4, 5].map((n) => picture(`Picture ${n}`, 200, 200)));
    const error = await failure(connector.publish(request(account, "Too many.", media)), "permanent");
    expect(error.message).toBe("Bluesky allows 4 pictures in a post; this one has 5. Remove some and send it again.");
    expect(callsTo("com.atproto.repo.uploadBlob")).toHaveLength(0);
  });

  it("marks links as link facets, counted in UTF-8 bytes", async () => {
    const { connector, account } = await connected();
    const text = "Flu jabs 💉 for the over-65s: book at https://www.nhs.uk/flu-vaccine. Or call 111 (https://111.nhs.uk).";
    await connector.publish(request(account, text));
    const facets = storedPosts()[0]!.facets!;
    expect(facets.map((facet) => facet.features[0]!.uri)).toEqual(["https://www.nhs.uk/flu-vaccine", "https://111.nhs.uk"]);
    for (const facet of facets) {
      expect(Buffer.from(text).subarray(facet.index.byteStart, facet.index.byteEnd).toString()).toBe(facet.features[0]!.uri);
    }
  });

  it("posts text of exactly 300 graphemes, emoji and accents counting as one each", async () => {
    const { connector, account } = await connected();
    // A health worker emoji with skin tone (5 code points), a flag (2), e + combining acute (2): one grapheme each.
    const text = "👩🏽‍⚕️🇬🇧e\u0301".repeat(50) + "a".repeat(150);
    expect(text.length).toBeGreaterThan(300);
    await connector.publish(request(account, text));
    expect(storedPosts()[0]!.text).toBe(text);
  });

  it("refuses text of 301 graphemes as permanent, sending nothing", async () => {
    const { connector, account } = await connected();
    const text = "👩🏽‍⚕️🇬🇧e\u0301".repeat(50) + "a".repeat(151);
    const error = await failure(connector.publish(request(account, text)), "permanent");
    expect(error.message).toBe("Bluesky allows 300 characters in a post; this one has 301. Shorten it and send it again.");
    expect(callsTo("com.atproto.repo.createRecord")).toHaveLength(0);
  });
});

describe("when Bluesky fails or refuses", () => {
  it("a 5xx is transient, stores nothing, and the resend posts once", async () => {
    const { connector, account } = await connected();
    fake.failNext("com.atproto.repo.createRecord", { kind: "error", status: 502, error: "UpstreamFailure", message: "Upstream Failure" });
    const error = await failure(connector.publish(request(account, "Clinic times.")), "transient");
    expect(error.message).toBe("Bluesky had a problem (502): Upstream Failure. Gatehouse will try again.");
    expect(fake.posts(HANDLE)).toHaveLength(0);
    await connector.publish(request(account, "Clinic times."));
    expect(fake.posts(HANDLE)).toHaveLength(1);
  });

  it("a 429 is rate_limited, waiting until RateLimit-Reset", async () => {
    const { connector, account } = await connected();
    fake.failNext("com.atproto.repo.uploadBlob", { kind: "rate_limit", resetInSeconds: 120 });
    const error = await failure(connector.publish(request(account, "Clinic times.", [await picture("A clinic door.")])), "rate_limited");
    expect(error.retryAfterMs).toBe(120_000);
    expect(callsTo("com.atproto.repo.createRecord")).toHaveLength(0);
  });

  it("every answer carries the PDS's RateLimit headers", async () => {
    await connected();
    const response = await fetch(`${base}/xrpc/com.atproto.repo.getRecord?repo=${HANDLE}&collection=app.bsky.feed.post&rkey=3kabcdefghij2`);
    expect(response.headers.get("ratelimit-limit")).toBe("3000");
    expect(response.headers.get("ratelimit-policy")).toBe("3000;w=300");
    expect(Number(response.headers.get("ratelimit-reset"))).toBe(Date.parse("2026-11-26T10:05:00Z") / 1000);
    expect(Number(response.headers.get("ratelimit-remaining"))).toBeLessThan(3000);
  });

  it("a second write at the same key is a duplicate, and the post stays single", async () => {
    const { connector, account } = await connected();
    const first = await connector.publish(request(account, "Clinic times."));
    await failure(connector.publish(request(account, "Clinic times.")), "duplicate");
    expect(fake.posts(HANDLE)).toHaveLength(1);
    expect(await connector.find({ account, idempotencyKey: "post-1", text: "Clinic times.", since: new Date("2026-11-26T09:00:00Z") })).toEqual(first);
  });

  it("a picture too large for the PDS is permanent, in the PDS's own words", async () => {
    await served.close();
    await startFake({ maxImageBytes: 1_000 });
    const { connector, account } = await connected();
    const media = [await picture("A large photo.", 1200, 900)];
    const error = await failure(connector.publish(request(account, "A big picture.", media)), "permanent");
    expect(error.message).toBe(`Bluesky refused the post: Invalid app.bsky.feed.post record: blob too big (maximum 1000, got ${media[0]!.bytes.length}) at $.record.embed.images[0].image`);
  });

  it("a 413 from the upload is permanent and says it was too large", async () => {
    const { connector, account } = await connected();
    fake.failNext("com.atproto.repo.uploadBlob", { kind: "error", status: 413, error: "PayloadTooLarge", message: "request entity too large" });
    const error = await failure(connector.publish(request(account, "A big picture.", [await picture("A photo.")])), "permanent");
    expect(error.message).toBe("Bluesky refused picture 1 as too large: request entity too large");
  });

  it("an answer that never comes after the post was stored is a timeout, and find() then finds the post", async () => {
    const { connector, account } = await connected({ requestTimeoutMs: 500 });
    fake.failNext("com.atproto.repo.createRecord", { kind: "hang", ms: 30_000 });
    await failure(connector.publish(request(account, "Clinic times.")), "timeout");
    expect(fake.posts(HANDLE)).toHaveLength(1);
    const found = await connector.find({ account, idempotencyKey: "post-1", text: "Clinic times.", since: new Date("2026-11-26T10:00:00Z") });
    expect(found?.remoteId).toBe(fake.posts(HANDLE)[0]!.uri);
  });
});

/**
 * Storage shared by two workers: the other worker's new pair lands while this one is
 * failing to refresh with the old refresh JWT (which the other one spent).
 */
class SavedMeanwhile extends MemoryConnection {
  constructor(
    baseUrl: string,
    private readonly stale: Credentials,
    saved: Credentials,
  ) {
    super(baseUrl, saved);
  }
  override async credentials(): Promise<Credentials> {
    return callsTo("com.atproto.server.refreshSession").length < 2 ? { ...this.stale } : super.credentials();
  }
}

describe("sessions", () => {
  it("refreshes ahead of the access JWT's expiry and keeps the new pair (the refresh JWT rotates)", async () => {
    const { connector, account, connection, credentials } = await connected();
    clock.advance(2 * 60 * 60 * 1000 - 60_000);
    await connector.publish(request(account, "After two hours."));
    expect(callsTo("com.atproto.server.refreshSession")).toHaveLength(1);
    const saved = connection.saved.at(-1)!;
    expect(saved.accessToken).not.toBe(credentials.accessToken);
    expect(saved.refreshToken).not.toBe(credentials.refreshToken);
    expect(saved.expiresAt).toBe("2026-11-26T13:59:00.000Z");
    expect(saved.appPassword).toBe(APP_PASSWORD);
  });

  it("refreshes when the PDS says ExpiredToken, and sends the call again once", async () => {
    const { connector, account, connection } = await connected();
    fake.expireAccessTokens();
    await connector.publish(request(account, "After an expired token."));
    expect(callsTo("com.atproto.server.refreshSession")).toHaveLength(1);
    expect(callsTo("com.atproto.repo.createRecord")).toHaveLength(2);
    expect(connection.saved).toHaveLength(1);
    expect(fake.posts(HANDLE)).toHaveLength(1);
  });

  it("signs in again with the kept app password when the refresh JWT is refused", async () => {
    const { connector, account, connection } = await connected();
    fake.expireAccessTokens();
    fake.revokeRefreshTokens();
    await connector.publish(request(account, "After signing in again."));
    expect(callsTo("com.atproto.server.createSession")).toHaveLength(2);
    expect(connection.saved.at(-1)!.appPassword).toBe(APP_PASSWORD);
    expect(fake.posts(HANDLE)).toHaveLength(1);
  });

  it("is auth when the refresh JWT and the app password are both refused", async () => {
    const { connector, account } = await connected();
    fake.expireAccessTokens();
    fake.revokeRefreshTokens();
    fake.revokeAppPassword(HANDLE, APP_PASSWORD);
    const error = await failure(connector.publish(request(account, "Nobody home.")), "auth");
    expect(error.message).toBe("Bluesky no longer accepts this account's sign-in: reconnect it on the account's page.");
    expect(fake.posts(HANDLE)).toHaveLength(0);
  });

  it("uses the session another worker saved when its own refresh JWT was already spent", async () => {
    const first = await connected();
    const stale = await first.connection.credentials();
    // Another worker refreshes first: the refresh JWT rotates and the new pair is saved.
    fake.expireAccessTokens();
    const refreshed = await fetch(`${base}/xrpc/com.atproto.server.refreshSession`, { method: "POST", headers: { authorization: `Bearer ${stale.refreshToken}` } });
    const fresh = (await refreshed.json()) as { accessJwt: string; refreshJwt: string };
    fake.revokeAppPassword(HANDLE, APP_PASSWORD);
    const connection = new SavedMeanwhile(base, stale, { ...stale, accessToken: fresh.accessJwt, refreshToken: fresh.refreshJwt });
    const account = testAccount("bluesky", HANDLE, connection);
    await first.connector.publish(request(account, "Shared session."));
    expect(fake.posts(HANDLE)).toHaveLength(1);
  });
});

describe("finding and deleting", () => {
  it("find() is null for a post never made", async () => {
    const { connector, account } = await connected();
    expect(await connector.find({ account, idempotencyKey: "never-sent", text: "Nothing.", since: new Date(0) })).toBeNull();
  });

  it("find() ignores a post at the key made before `since`", async () => {
    const { connector, account } = await connected();
    await connector.publish(request(account, "An old post."));
    expect(await connector.find({ account, idempotencyKey: "post-1", text: "An old post.", since: new Date("2026-11-26T11:00:00Z") })).toBeNull();
  });

  it("deletes the post; deleting it again succeeds, as Bluesky's deleteRecord does", async () => {
    const { connector, account } = await connected();
    const posted = await connector.publish(request(account, "To be deleted."));
    await connector.delete(account, posted.remoteId);
    expect(fake.posts(HANDLE)).toHaveLength(0);
    expect(callsTo("com.atproto.repo.deleteRecord")[0]!.body).toEqual({ repo: posted.remoteId.split("/")[2], collection: "app.bsky.feed.post", rkey: posted.remoteId.split("/")[4] });
    await connector.delete(account, posted.remoteId);
    expect(await connector.find({ account, idempotencyKey: "post-1", text: "To be deleted.", since: new Date(0) })).toBeNull();
    expect((await fetch(posted.url)).status).toBe(404);
  });

  it("refuses to delete something that is not an at:// address", async () => {
    const { connector, account } = await connected();
    await failure(connector.delete(account, "https://bsky.app/profile/x/post/y"), "permanent");
  });
});

describe("the fake checks what the real PDS checks", () => {
  async function createRecord(record: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const { credentials } = await connected();
    const response = await fetch(`${base}/xrpc/com.atproto.repo.createRecord`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${credentials.accessToken}` },
      body: JSON.stringify({ repo: credentials.remoteAccountId, collection: "app.bsky.feed.post", record: { $type: "app.bsky.feed.post", createdAt: "2026-11-26T10:00:00Z", text: "Hello", ...record }, ...extra }),
    });
    return { status: response.status, body: (await response.json()) as { error: string; message: string } };
  }

  it("refuses 301 graphemes, more than 3,000 bytes, a bad record key, a missing blob, five images, a non-image and missing alt text", async () => {
    expect(await createRecord({ text: "é".repeat(301) })).toEqual({ status: 400, body: { error: "InvalidRequest", message: "Invalid app.bsky.feed.post record: grapheme too big (maximum 300, got 301) at $.record.text" } });
    expect((await createRecord({ text: "👩🏽‍⚕️".repeat(200) })).body.message).toBe("Invalid app.bsky.feed.post record: string too big (maximum 3000, got 3400) at $.record.text");
    expect((await createRecord({}, { rkey: "zzzz" })).body.message).toBe('Invalid record key for app.bsky.feed.post: Invalid TID string (got "zzzz") at $');
    const blob = { $type: "blob", ref: { $link: "bafkreimissing" }, mimeType: "image/jpeg", size: 10 };
    expect((await createRecord({ embed: { $type: "app.bsky.embed.images", images: [{ image: blob, alt: "" }] } })).body).toEqual({ error: "BlobNotFound", message: "Could not find blob: bafkreimissing" });
    expect((await createRecord({ embed: { $type: "app.bsky.embed.images", images: Array(5).fill({ image: blob, alt: "" }) } })).body.message).toBe("Invalid app.bsky.feed.post record: array too big (maximum 4, got 5) at $.record.embed.images");
    expect((await createRecord({ embed: { $type: "app.bsky.embed.images", images: [{ image: { ...blob, mimeType: "text/plain" }, alt: "" }] } })).body.message).toBe('Invalid app.bsky.feed.post record: Expected "image/*" (got "text/plain") at $.record.embed.images[0].image.mimeType');
    expect((await createRecord({ embed: { $type: "app.bsky.embed.images", images: [{ image: blob }] } })).body.message).toBe('Invalid app.bsky.feed.post record: Missing required key "alt" at $.record.embed.images[0]');
  });

  it("answers 401 without a session, 400 ExpiredToken for an expired one", async () => {
    const { credentials } = await connected();
    const noSession = await fetch(`${base}/xrpc/com.atproto.repo.uploadBlob`, { method: "POST", body: "x" });
    expect(noSession.status).toBe(401);
    fake.expireAccessTokens();
    const expired = await fetch(`${base}/xrpc/com.atproto.repo.uploadBlob`, { method: "POST", body: "x", headers: { authorization: `Bearer ${credentials.accessToken}` } });
    expect({ status: expired.status, body: await expired.json() }).toEqual({ status: 400, body: { error: "ExpiredToken", message: "Token has expired" } });
  });

  it("lists an account's posts newest key first", async () => {
    const { connector, account, credentials } = await connected();
    for (const key of ["a", "b", "c"]) await connector.publish(request(account, `Post ${key}.`, [], key));
    const listed = await fetch(`${base}/xrpc/com.atproto.repo.listRecords?repo=${credentials.remoteAccountId}&collection=app.bsky.feed.post&limit=2`);
    const body = (await listed.json()) as { records: { uri: string }[]; cursor?: string };
    const keys = fake.posts(HANDLE).map((record) => record.rkey).sort().reverse();
    expect(body.records.map((record) => record.uri.split("/").at(-1))).toEqual(keys.slice(0, 2));
    expect(body.cursor).toBe(keys[1]);
  });
});
