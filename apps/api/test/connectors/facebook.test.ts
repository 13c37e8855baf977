import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { facebookPlatform } from "../../src/connectors/facebook/index.ts";
import { ConnectorError, type Connector, type ConnectorAccount, type Credentials, type PublishMedia } from "../../src/connectors/types.ts";
import { createMetaFake, type MetaFake } from "../../src/fakes/meta/index.ts";
import { serveFake, type ServedFake } from "../../src/fakes/serve.ts";
import { jpegMedia, ManualClock, MemoryConnection, testAccount, testContext } from "../support/connectors.ts";
import { authorize, REDIRECT_URI, signIn } from "./meta-sign-in.ts";

const clock = new ManualClock(new Date("2026-11-26T10:00:00Z"));
let fake: MetaFake;
let served: ServedFake;
let credentials: Credentials;
const ctx = testContext({ clock });

/** An error the call threw, so its kind and message can be checked. */
async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConnectorError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

function account(creds: Credentials = credentials): { account: ConnectorAccount; connection: MemoryConnection } {
  const connection = new MemoryConnection(served.url, creds);
  return { account: testAccount("facebook", "DemoNHSTrust", connection), connection };
}

let sequence = 0;
/** Each post's text is new, so Facebook's duplicate check only fires where a test means it to. */
function uniqueText(words = "Flu jabs are available at the main entrance this week."): string {
  return `${words} (${++sequence})`;
}

function publish(connector: Connector, text: string, media: PublishMedia[] = [], who = account().account) {
  return connector.publish({ account: who, idempotencyKey: `key-${sequence}`, text, media });
}

beforeAll(async () => {
  fake = createMetaFake({ now: () => clock.now() });
  served = await serveFake(fake.app);
  ({ credentials } = await signIn(facebookPlatform, ctx, served.url, "DemoNHSTrust", "DemoNHSTrust"));
});

afterAll(async () => {
  fake.releaseHangs();
  await served.close();
});

beforeEach(() => {
  clock.set("2026-11-26T10:00:00Z");
  fake.calls.length = 0;
});

afterEach(() => fake.releaseHangs());

describe("Facebook connect", () => {
  it("sends people to Facebook Login's dialog, or to the fake's own", () => {
    const connect = facebookPlatform.connect;
    if (connect.kind !== "oauth") throw new Error("Facebook connects with OAuth");
    expect(connect.authorizeUrl("https://graph.facebook.com/v25.0")).toBe("https://www.facebook.com/v25.0/dialog/oauth");
    expect(connect.authorizeUrl(served.url)).toBe(`${served.url}/dialog/oauth`);
    expect(connect.scopes).toEqual(["pages_manage_posts", "pages_read_engagement", "pages_show_list"]);
  });

  it("exchanges the code with its PKCE verifier, swaps for a long-lived token and keeps the token of the page named by the handle", async () => {
    fake.calls.length = 0;
    const { grant, credentials: creds, verifier } = await signIn(facebookPlatform, ctx, served.url, "Leeds Hospitals, Demo NHS Trust, Other Trust", "demonhstrust");
    const page = fake.page("Demo NHS Trust");
    expect(creds).toEqual({ accessToken: expect.any(String), remoteAccountId: page.id, remoteHandle: "DemoNHSTrust" });
    expect(creds.expiresAt).toBeUndefined();
    expect(fake.state.tokens.get(creds.accessToken)).toMatchObject({ kind: "page", pageId: page.id });
    // The grant is the long-lived user token (about 60 days), not the short one the code gave.
    expect(grant.expiresIn).toBeGreaterThan(50 * 24 * 3600);
    const exchanges = fake.calls.filter((c) => c.path === "/oauth/access_token");
    expect(exchanges[0]!.query).toMatchObject({ client_id: "gatehouse-test", client_secret: "test-secret", redirect_uri: REDIRECT_URI, code_verifier: verifier });
    expect(exchanges[1]!.query).toMatchObject({ grant_type: "fb_exchange_token", fb_exchange_token: expect.any(String) });
    expect(fake.calls.find((c) => c.path === "/me/accounts")!.headers.authorization).toBe(`Bearer ${grant.accessToken}`);
  });

  it("refuses a code sent with the wrong PKCE verifier", async () => {
    const { code } = await authorize(facebookPlatform, served.url, "DemoNHSTrust");
    const connect = facebookPlatform.connect;
    if (connect.kind !== "oauth") throw new Error("Facebook connects with OAuth");
    const error = await failure(connect.exchangeCode(ctx, served.url, { code, codeVerifier: "not-the-verifier", redirectUri: REDIRECT_URI }));
    expect(error.kind).toBe("permanent");
    expect(error.message).toMatch(/^Facebook refused the sign-in: .*code_verifier/);
  });

  it("refuses to connect when the person manages no page with the account's handle, naming the pages they do manage", async () => {
    const error = await failure(signIn(facebookPlatform, ctx, served.url, "Other Trust", "DemoNHSTrust"));
    expect(error.kind).toBe("permanent");
    expect(error.message).toBe(
      "That Facebook sign-in cannot post as DemoNHSTrust. It manages: OtherTrust. Sign in as someone who manages DemoNHSTrust, or correct the account's handle.",
    );
  });
});

describe("Facebook publish", () => {
  it("posts text alone to the page's feed and answers the post's permalink", async () => {
    const text = uniqueText();
    const post = await publish(facebookPlatform.connector(ctx), text);
    const stored = fake.posts(credentials.remoteAccountId).at(-1)!;
    expect(stored).toMatchObject({ id: post.remoteId, message: text, photoIds: [] });
    expect(post.remoteId).toMatch(new RegExp(`^${credentials.remoteAccountId}_\\d+$`));
    expect(post.url).toBe(`${served.url}/posts/${post.remoteId}`);
    const call = fake.calls.find((c) => c.method === "POST")!;
    expect(call).toMatchObject({ path: `/${credentials.remoteAccountId}/feed`, query: { fields: "id,permalink_url" }, body: { message: text } });
    expect(call.headers.authorization).toBe(`Bearer ${credentials.accessToken}`);
    const page = await fetch(post.url);
    expect(await page.text()).toContain(text);
  });

  it("posts one picture as a published photo with the text as its caption and the alt text on the photo", async () => {
    const text = uniqueText();
    const picture = await jpegMedia(1200, 630, "Two nurses at the vaccination desk.");
    const post = await publish(facebookPlatform.connector(ctx), text, [picture]);
    const calls = fake.calls.filter((c) => c.method === "POST");
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      path: `/${credentials.remoteAccountId}/photos`,
      body: { caption: text, alt_text_custom: "Two nurses at the vaccination desk.", source: { type: "image/jpeg", size: picture.bytes.length } },
    });
    const stored = fake.posts(credentials.remoteAccountId).at(-1)!;
    expect(stored).toMatchObject({ id: post.remoteId, message: text });
    expect(fake.state.photos.get(stored.photoIds[0]!)).toMatchObject({ altText: "Two nurses at the vaccination desk.", published: true });
    expect(post.url).toBe(`${served.url}/posts/${post.remoteId}`);
  });

  it("posts ten pictures as unpublished photos attached to one feed post, each with its alt text", async () => {
    const text = uniqueText();
    const pictures = await Promise.all(Array.from({ length: 10 }, (_, i) => jpegMedia(1200 + i, 630, `Picture ${i + 1} of the new ward.`)));
    const post = await publish(facebookPlatform.connector(ctx), text, pictures);
    const uploads = fake.calls.filter((c) => c.path.endsWith("/photos"));
    expect(uploads).toHaveLength(10);
    uploads.forEach((call, i) =>
      expect(call.body).toMatchObject({ published: "false", alt_text_custom: `Picture ${i + 1} of the new ward.`, source: { size: pictures[i]!.bytes.length } }),
    );
    const feedCall = fake.calls.find((c) => c.path.endsWith("/feed"))!;
    expect(feedCall.body).toEqual({ message: text, attached_media: expect.any(Array) });
    const stored = fake.posts(credentials.remoteAccountId).at(-1)!;
    expect(stored).toMatchObject({ id: post.remoteId, message: text });
    expect(stored.photoIds.map((id) => fake.state.photos.get(id)!.altText)).toEqual(pictures.map((p) => p.altText));
    expect(stored.photoIds.map((id) => fake.state.photos.get(id)!.bytes.byteLength)).toEqual(pictures.map((p) => p.bytes.length));
  });

  it("refuses eleven pictures before calling Facebook", async () => {
    const picture = await jpegMedia();
    const error = await failure(publish(facebookPlatform.connector(ctx), uniqueText(), Array.from({ length: 11 }, () => picture)));
    expect(error.kind).toBe("permanent");
    expect(error.message).toBe("Facebook takes at most 10 pictures in a post: remove 1, then schedule it again.");
    expect(fake.calls).toHaveLength(0);
  });

  it("publishes text of exactly 63,206 characters and refuses one more, with Facebook's reason", async () => {
    const longest = uniqueText().padEnd(63_206, "x");
    await publish(facebookPlatform.connector(ctx), longest);
    expect(fake.posts(credentials.remoteAccountId).at(-1)!.message).toBe(longest);
    const error = await failure(publish(facebookPlatform.connector(ctx), uniqueText().padEnd(63_207, "x")));
    expect(error.kind).toBe("permanent");
    expect(error.message).toBe("Facebook refused the post: (#100) The message is too long: a post can have at most 63206 characters.");
  });

  it("calls the same text posted twice in a row a duplicate", async () => {
    const text = uniqueText();
    const connector = facebookPlatform.connector(ctx);
    await publish(connector, text);
    const error = await failure(publish(connector, text));
    expect(error.kind).toBe("duplicate");
    expect(error.message).toBe("Facebook says it already has this post: (#506) Duplicate status message");
  });
});

describe("Facebook failures", () => {
  it("calls Meta's retry-later error and a bare 503 transient", async () => {
    fake.fail("POST feed", { kind: "transient" });
    fake.fail("POST photos", { kind: "server_error" });
    const connector = facebookPlatform.connector(ctx);
    const first = await failure(publish(connector, uniqueText()));
    expect(first.kind).toBe("transient");
    expect(first.message).toBe("Facebook had a temporary problem: An unexpected error has occurred. Please retry your request later.");
    const second = await failure(publish(connector, uniqueText(), [await jpegMedia()]));
    expect(second.kind).toBe("transient");
    expect(second.message).toBe("Facebook is having trouble (HTTP 503); try again shortly.");
  });

  it("is rate limited for as long as X-Business-Use-Case-Usage says access returns in", async () => {
    fake.fail("POST feed", { kind: "throttle", minutes: 7 });
    const error = await failure(publish(facebookPlatform.connector(ctx), uniqueText()));
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterMs).toBe(7 * 60_000);
    expect(error.message).toBe("Facebook asks us to slow down: (#32) Page request limit reached");
  });

  it("waits a minute when a throttle comes with no time to regain access", async () => {
    fake.fail("POST feed", { kind: "throttle", minutes: 0, code: 4 });
    const error = await failure(publish(facebookPlatform.connector(ctx), uniqueText()));
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterMs).toBe(60_000);
  });

  it("reports another Graph error as refused, in Meta's words", async () => {
    fake.fail("POST feed", { kind: "error", error: { message: "(#200) The user hasn't authorized the application to perform this action", code: 200 } });
    const error = await failure(publish(facebookPlatform.connector(ctx), uniqueText()));
    expect(error.kind).toBe("permanent");
    expect(error.message).toBe("Facebook refused the post: (#200) The user hasn't authorized the application to perform this action");
  });

  it("times out when Facebook keeps the post but does not answer, and find() then returns that post", async () => {
    fake.fail("POST feed", { kind: "hang" });
    const slow = testContext({ clock, requestTimeoutMs: 300 });
    const text = uniqueText();
    const since = clock.now();
    const error = await failure(publish(facebookPlatform.connector(slow), text));
    expect(error.kind).toBe("timeout");
    const stored = fake.posts(credentials.remoteAccountId).at(-1)!;
    expect(stored.message).toBe(text);
    const found = await facebookPlatform.connector(ctx).find({ account: account().account, idempotencyKey: "k", text, since });
    expect(found).toEqual({ remoteId: stored.id, url: `${served.url}/posts/${stored.id}` });
  });
});

describe("Facebook sign-in lost", () => {
  it("asks for the account to be reconnected when Meta answers 190 (page tokens have no refresh)", async () => {
    const { credentials: mine } = await signIn(facebookPlatform, ctx, served.url, "Sign Out Trust", "SignOutTrust");
    fake.invalidateTokens();
    const { account: who, connection } = account(mine);
    const error = await failure(publish(facebookPlatform.connector(ctx), uniqueText(), [], who));
    expect(error.kind).toBe("auth");
    expect(error.message).toBe("Facebook no longer accepts this account's sign-in: reconnect it on the account's page.");
    expect(connection.saved).toHaveLength(0);
    // Everyone's tokens went: sign in again for the tests that follow.
    ({ credentials } = await signIn(facebookPlatform, ctx, served.url, "DemoNHSTrust", "DemoNHSTrust"));
  });

  it("uses the token someone saved by reconnecting while the call was under way", async () => {
    const stale = credentials;
    fake.invalidateTokens();
    ({ credentials } = await signIn(facebookPlatform, ctx, served.url, "DemoNHSTrust", "DemoNHSTrust"));
    // The connection hands out the old token first, as a worker that read it before the reconnect would have.
    const connection = new MemoryConnection(served.url, credentials);
    let reads = 0;
    const racing = Object.assign(Object.create(connection) as MemoryConnection, {
      credentials: async () => (reads++ === 0 ? { ...stale } : connection.credentials()),
    });
    const text = uniqueText();
    const post = await publish(facebookPlatform.connector(ctx), text, [], testAccount("facebook", "DemoNHSTrust", racing));
    expect(fake.posts(credentials.remoteAccountId).at(-1)).toMatchObject({ id: post.remoteId, message: text });
    expect(reads).toBe(2);
  });
});

describe("Facebook find and delete", () => {
  it("finds nothing for a post that is not on the page", async () => {
    const found = await facebookPlatform.connector(ctx).find({ account: account().account, idempotencyKey: "k", text: uniqueText(), since: clock.now() });
    expect(found).toBeNull();
    expect(fake.calls.at(-1)).toMatchObject({ method: "GET", path: `/${credentials.remoteAccountId}/feed`, query: { since: String(clock.now().getTime() / 1000) } });
  });

  it("ignores a post with the same text made before the attempt began", async () => {
    const text = uniqueText();
    clock.set("2026-11-20T09:00:00Z");
    const old = await publish(facebookPlatform.connector(ctx), text);
    clock.set("2026-11-26T10:00:00Z");
    const connector = facebookPlatform.connector(ctx);
    expect(await connector.find({ account: account().account, idempotencyKey: "k", text, since: new Date("2026-11-26T09:00:00Z") })).toBeNull();
    expect(await connector.find({ account: account().account, idempotencyKey: "k", text, since: new Date("2026-11-20T08:59:00Z") })).toMatchObject({ remoteId: old.remoteId });
  });

  it("deletes a post, and deleting it again is already done", async () => {
    const connector = facebookPlatform.connector(ctx);
    const post = await publish(connector, uniqueText());
    await connector.delete(account().account, post.remoteId);
    expect(fake.posts().map((p) => p.id)).not.toContain(post.remoteId);
    expect((await fetch(post.url)).status).toBe(404);
    await connector.delete(account().account, post.remoteId);
    const deletes = fake.calls.filter((c) => c.method === "DELETE");
    expect(deletes.map((c) => c.path)).toEqual([`/${post.remoteId}`, `/${post.remoteId}`]);
  });

  it("refuses to delete a post of another page, in Meta's words", async () => {
    const { credentials: other } = await signIn(facebookPlatform, ctx, served.url, "Other Trust", "OtherTrust");
    const post = await publish(facebookPlatform.connector(ctx), uniqueText());
    const error = await failure(facebookPlatform.connector(ctx).delete(testAccount("facebook", "OtherTrust", new MemoryConnection(served.url, other)), post.remoteId));
    expect(error.kind).toBe("permanent");
    expect(error.message).toMatch(/^Facebook refused the deletion: \(#200\)/);
  });
});

describe("The fake Graph API, as Meta does", () => {
  async function schedule(minutesAhead: number): Promise<{ status: number; body: { id?: string; error?: { message: string } } }> {
    const at = Math.floor(clock.now().getTime() / 1000) + minutesAhead * 60;
    const response = await fetch(`${served.url}/${credentials.remoteAccountId}/feed`, {
      method: "POST",
      headers: { authorization: `Bearer ${credentials.accessToken}`, "content-type": "application/json" },
      body: JSON.stringify({ message: uniqueText(), published: false, scheduled_publish_time: at }),
    });
    return { status: response.status, body: (await response.json()) as { id?: string; error?: { message: string } } };
  }

  it("schedules a page post between 10 minutes and 30 days ahead, and refuses outside that window", async () => {
    expect((await schedule(10)).body.id).toMatch(/_\d+$/);
    expect((await schedule(30 * 24 * 60)).body.id).toMatch(/_\d+$/);
    for (const minutes of [9, 30 * 24 * 60 + 1]) {
      const refused = await schedule(minutes);
      expect(refused.status).toBe(400);
      expect(refused.body.error!.message).toMatch(/scheduled publish time is invalid/);
    }
  });

  it("answers every call with X-App-Usage and X-Business-Use-Case-Usage for the page", async () => {
    const response = await fetch(`${served.url}/${credentials.remoteAccountId}/feed`, { headers: { authorization: `Bearer ${credentials.accessToken}` } });
    expect(JSON.parse(response.headers.get("x-app-usage")!)).toMatchObject({ call_count: expect.any(Number) });
    expect(JSON.parse(response.headers.get("x-business-use-case-usage")!)).toMatchObject({
      [credentials.remoteAccountId]: [{ type: "pages", estimated_time_to_regain_access: 0 }],
    });
  });
});
