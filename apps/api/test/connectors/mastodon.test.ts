import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mastodonPlatform } from "../../src/connectors/mastodon/index.ts";
import type { TokenConnect } from "../../src/connectors/platform-module.ts";
import { ConnectorError, type ConnectorAccount, type ConnectorErrorKind } from "../../src/connectors/types.ts";
import { createMastodonFake, type MastodonFake } from "../../src/fakes/mastodon/index.ts";
import { serveFake, type ServedFake } from "../../src/fakes/serve.ts";
import { jpegMedia, ManualClock, MemoryConnection, testAccount, testContext } from "../support/connectors.ts";

const HANDLE = "@demonhstrust@social.demo.gatehouse.test";
const connect = mastodonPlatform.connect as TokenConnect;

let clock: ManualClock;
let fake: MastodonFake;
let served: ServedFake;

beforeEach(async () => {
  clock = new ManualClock();
  fake = createMastodonFake({ now: () => clock.now() });
  served = await serveFake(fake.app);
});

afterEach(async () => {
  await served.close();
});

async function connected(options: { requestTimeoutMs?: number; base?: string } = {}) {
  const base = options.base ?? served.url;
  const ctx = testContext({ clock, requestTimeoutMs: options.requestTimeoutMs });
  const credentials = await connect.verify(ctx, base, fake.issueToken("demonhstrust"), HANDLE);
  const connection = new MemoryConnection(base, credentials);
  const account = testAccount("mastodon", HANDLE, connection);
  return { ctx, connection, account, connector: mastodonPlatform.connector(ctx) };
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

function request(account: ConnectorAccount, text: string, media: Awaited<ReturnType<typeof jpegMedia>>[] = [], idempotencyKey = "post-1-attempt-key") {
  return { account, idempotencyKey, text, media };
}

function callsTo(method: string, path: string | RegExp) {
  return fake.calls.filter((call) => call.method === method && (typeof path === "string" ? call.path === path : path.test(call.path)));
}

describe("connecting with an access token", () => {
  it("takes a token made on the instance's applications page, for the registered account", async () => {
    const page = await fetch(`${served.url}/settings/applications`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="username"');

    const made = await fetch(`${served.url}/settings/applications`, { method: "POST", body: new URLSearchParams({ username: "DemoNHSTrust" }) });
    const token = /<code id="access-token">([^<]+)<\/code>/.exec(await made.text())?.[1];
    expect(token).toBeTruthy();

    const credentials = await connect.verify(testContext({ clock }), served.url, ` ${token!}\n`, HANDLE);
    const account = fake.state.accountByUsername("demonhstrust")!;
    expect(credentials).toEqual({ accessToken: token, remoteAccountId: account.id, remoteHandle: "DemoNHSTrust" });
    expect(credentials.expiresAt).toBeUndefined();
    expect(credentials.refreshToken).toBeUndefined();
    expect(callsTo("GET", "/api/v1/accounts/verify_credentials")[0]!.headers.authorization).toBe(`Bearer ${token!}`);
  });

  it("refuses a token for another account, and a handle on another instance", async () => {
    const ctx = testContext({ clock });
    const someoneElse = await failure(connect.verify(ctx, served.url, fake.issueToken("someoneelse"), HANDLE), "permanent");
    expect(someoneElse.message).toBe(`This access token is for @someoneelse, not ${HANDLE}: make the token while signed in to Mastodon as ${HANDLE}.`);

    const elsewhere = await failure(connect.verify(ctx, served.url, fake.issueToken("demonhstrust"), "@demonhstrust@mastodon.social"), "permanent");
    expect(elsewhere.message).toBe("@demonhstrust@mastodon.social is not an account on social.demo.gatehouse.test: check the instance address for this account.");
  });

  it("refuses a token Mastodon does not accept, or one without the scopes to read the profile", async () => {
    const ctx = testContext({ clock });
    const unknown = await failure(connect.verify(ctx, served.url, "not-a-token", HANDLE), "auth");
    expect(unknown.message).toContain("Mastodon did not accept this access token");

    const writeOnly = await failure(connect.verify(ctx, served.url, fake.issueToken("demonhstrust", ["write:statuses", "write:media"]), HANDLE), "auth");
    expect(writeOnly.message).toBe("This access token cannot read the account's profile: make a new one with the scopes read:accounts, read:statuses, write:statuses and write:media.");
  });
});

describe("publishing", () => {
  it("posts text alone, publicly, with the idempotency key, at the status's public address", async () => {
    const { account, connector } = await connected();
    const post = await connector.publish(request(account, "Flu jabs are available at the Riverside clinic this week."));

    const [status] = fake.listStatuses("demonhstrust");
    expect(status!.text).toBe("Flu jabs are available at the Riverside clinic this week.");
    expect(post).toEqual({ remoteId: status!.id, url: `${served.url}/@demonhstrust/${status!.id}` });
    const [sent] = callsTo("POST", "/api/v1/statuses");
    expect(sent!.headers["idempotency-key"]).toBe("post-1-attempt-key");
    expect(sent!.body).toEqual({ status: "Flu jabs are available at the Riverside clinic this week.", media_ids: [], visibility: "public" });
    expect(callsTo("POST", "/api/v2/media")).toHaveLength(0);

    const shown = await fetch(post.url);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain("Flu jabs are available at the Riverside clinic this week.");
  });

  it("posts one picture with its alt text", async () => {
    const { account, connector } = await connected();
    const picture = await jpegMedia(1200, 675, "A nurse checks a patient's notes at the ward desk.");
    await connector.publish(request(account, "Meet the ward team.", [picture]));

    const [upload] = callsTo("POST", "/api/v2/media");
    expect(upload!.body).toEqual({ file: { name: "picture-1.jpg", type: "image/jpeg", size: picture.bytes.length }, description: picture.altText });
    const [status] = fake.listStatuses();
    const [stored] = fake.mediaOf(status!);
    expect(stored!.description).toBe("A nurse checks a patient's notes at the ward desk.");
    expect(stored!.bytes.equals(picture.bytes)).toBe(true);
    expect([stored!.width, stored!.height]).toEqual([1200, 675]);
  });

  it("posts four pictures, Mastodon's most, each with its own alt text, and serves them", async () => {
    const { account, connector } = await connected();
    const pictures = await Promise.all([1, 2, 3, 4].map((n) => jpegMedia(400 + n * 100, 300, `Picture ${n} of the new children's ward.`)));
    const post = await connector.publish(request(account, "Our new children's ward, in four pictures.", pictures));

    const [status] = fake.listStatuses();
    const stored = fake.mediaOf(status!);
    expect(stored.map((media) => media.description)).toEqual(pictures.map((picture) => picture.altText));
    expect(stored.map((media) => media.bytes.length)).toEqual(pictures.map((picture) => picture.bytes.length));
    expect(callsTo("POST", "/api/v1/statuses")[0]!.body).toMatchObject({ media_ids: stored.map((media) => media.id) });

    const json = (await (await fetch(`${served.url}/api/v1/statuses/${post.remoteId}`)).json()) as { media_attachments: { url: string; description: string }[] };
    const served4 = await fetch(json.media_attachments[3]!.url);
    expect(Buffer.from(await served4.arrayBuffer()).equals(pictures[3]!.bytes)).toBe(true);
  });

  it("is refused with Mastodon's words for a fifth picture, and posts nothing", async () => {
    const { account, connector } = await connected();
    const pictures = await Promise.all([1, 2, 3, 4, 5].map((n) => jpegMedia(300, 200, `Picture ${n}.`)));
    const error = await failure(connector.publish(request(account, "Too many pictures.", pictures)), "permanent");
    expect(error.message).toBe("Mastodon refused the post: Cannot attach more than 4 files");
    expect(fake.listStatuses()).toHaveLength(0);
  });

  it("waits while Mastodon processes pictures, then posts them", async () => {
    const { account, connector } = await connected();
    fake.processNextUploads(2);
    const pictures = await Promise.all([1, 2].map((n) => jpegMedia(800, 600, `Processed picture ${n}.`)));
    await connector.publish(request(account, "Pictures that took a moment.", pictures));

    // The fake refuses a status whose pictures are still processing, so a post here means the client waited.
    expect(fake.listStatuses()).toHaveLength(1);
    expect(callsTo("GET", /^\/api\/v1\/media\/\d+$/)).toHaveLength(4);
  });

  it("refuses alt text over Mastodon's 1,500 characters with the instance's words", async () => {
    const { account, connector } = await connected();
    const picture = await jpegMedia(300, 200, "a".repeat(1501));
    const error = await failure(connector.publish(request(account, "Alt text too long.", [picture])), "permanent");
    expect(error.message).toBe("Mastodon refused picture 1: Validation failed: Description is too long (maximum is 1500 characters)");
    expect(fake.listStatuses()).toHaveLength(0);
  });

  it("posts exactly 500 characters, counting a link as 23, and is refused at 501", async () => {
    const { account, connector } = await connected();
    await connector.publish(request(account, "a".repeat(500), [], "key-500"));
    const link = `https://www.nhs.uk/conditions/flu/${"x".repeat(60)}`;
    await connector.publish(request(account, `${link} ${"b".repeat(476)}`, [], "key-link"));
    expect(fake.listStatuses()).toHaveLength(2);

    const error = await failure(connector.publish(request(account, "c".repeat(501), [], "key-501")), "permanent");
    expect(error.message).toBe("Mastodon refused the post: Validation failed: Text character limit of 500 exceeded");
    expect(fake.listStatuses()).toHaveLength(2);
  });
});

describe("when Mastodon fails", () => {
  it("treats 5xx answers as transient", async () => {
    const { account, connector } = await connected();
    fake.failNext("statuses_create", { kind: "error", status: 503 });
    const unavailable = await failure(connector.publish(request(account, "Try again later.")), "transient");
    expect(unavailable.message).toBe("Mastodon had a problem (503): There was a temporary problem serving your request, please try again. Gatehouse will try again.");

    fake.failNext("media_upload", { kind: "error", status: 502 });
    await failure(connector.publish(request(account, "A picture during an outage.", [await jpegMedia(300, 200)])), "transient");
    expect(fake.listStatuses()).toHaveLength(0);
  });

  it("says when to retry from X-RateLimit-Reset on a 429", async () => {
    const { account, connector } = await connected();
    clock.set("2026-11-26T10:02:30Z");
    fake.failNext("statuses_create", { kind: "rate_limited" });
    const error = await failure(connector.publish(request(account, "Rate limited.")), "rate_limited");
    // The fake's window ends at 10:05:00, sent as "2026-11-26T10:05:00.000000Z".
    expect(error.retryAfterMs).toBe(150_000);

    fake.failNext("media_upload", { kind: "rate_limited", resetInMs: 30 * 60 * 1000 });
    const uploads = await failure(connector.publish(request(account, "Upload limit.", [await jpegMedia(300, 200)])), "rate_limited");
    expect(uploads.retryAfterMs).toBe(30 * 60 * 1000);
  });

  it("is rate limited by the instance's own throttle once the window's requests are used", async () => {
    const throttled = createMastodonFake({ now: () => clock.now(), rateLimit: 2 });
    const server = await serveFake(throttled.app);
    try {
      const ctx = testContext({ clock });
      const credentials = await connect.verify(ctx, server.url, throttled.issueToken("demonhstrust"), HANDLE);
      const account = testAccount("mastodon", HANDLE, new MemoryConnection(server.url, credentials));
      const connector = mastodonPlatform.connector(ctx);
      await connector.publish(request(account, "The second request in this window.", [], "one"));
      const error = await failure(connector.publish(request(account, "The third.", [], "two")), "rate_limited");
      expect(error.retryAfterMs).toBe(5 * 60 * 1000);
      expect(throttled.listStatuses()).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("never duplicates a post sent twice with the same key (Mastodon's answer to duplicates)", async () => {
    const { account, connector } = await connected();
    const first = await connector.publish(request(account, "Sent twice.", [], "same-key"));
    const again = await connector.publish(request(account, "Sent twice.", [], "same-key"));
    expect(again).toEqual(first);
    expect(fake.listStatuses()).toHaveLength(1);

    // Mastodon itself does not refuse the same words under another key.
    const other = await connector.publish(request(account, "Sent twice.", [], "another-key"));
    expect(other.remoteId).not.toBe(first.remoteId);
  });

  it("reports a revoked token as auth: Mastodon tokens never expire, so there is nothing to refresh", async () => {
    const { account, connection, connector } = await connected();
    fake.revokeToken((await connection.credentials()).accessToken);
    const error = await failure(connector.publish(request(account, "After revoking.")), "auth");
    expect(error.message).toBe("Mastodon no longer accepts this account's access token: make a new one on the instance and reconnect the account on its page.");
    expect(connection.saved).toHaveLength(0);
    await failure(connector.delete(account, "123"), "auth");
  });

  it("times out when the answer never comes after the post was made; find() then has it, and a resend returns the same status", async () => {
    const { account, connector, connection } = await connected({ requestTimeoutMs: 500 });
    const since = clock.now();
    fake.failNext("statuses_create", { kind: "hang", delayMs: 20_000 });
    await failure(connector.publish(request(account, "Posted, but the answer was lost.", [], "lost-answer")), "timeout");
    expect(fake.listStatuses()).toHaveLength(1);

    const found = await connector.find({ account, idempotencyKey: "lost-answer", text: "Posted, but the answer was lost.", since });
    const [status] = fake.listStatuses();
    expect(found).toEqual({ remoteId: status!.id, url: `${connection.baseUrl}/@demonhstrust/${status!.id}` });

    const resent = await connector.publish(request(account, "Posted, but the answer was lost.", [], "lost-answer"));
    expect(resent).toEqual(found);
    expect(fake.listStatuses()).toHaveLength(1);
  });
});

describe("finding a post", () => {
  it("returns null for a post that is not there, and ignores posts made before `since`", async () => {
    const { account, connector } = await connected();
    await connector.publish(request(account, "Yesterday's news."));
    expect(await connector.find({ account, idempotencyKey: "k", text: "Never posted.", since: new Date("2026-11-26T09:00:00Z") })).toBeNull();

    clock.advance(60 * 60 * 1000);
    expect(await connector.find({ account, idempotencyKey: "k", text: "Yesterday's news.", since: clock.now() })).toBeNull();
    expect(await connector.find({ account, idempotencyKey: "k", text: "Yesterday's news.", since: new Date("2026-11-26T10:00:00Z") })).not.toBeNull();
  });

  it("matches the text through Mastodon's HTML: links, hashtags, mentions, entities and line breaks", async () => {
    const { account, connector } = await connected();
    const text = `Winter's coming & so is flu <be ready>.\nBook at https://www.nhs.uk/conditions/flu/vaccination-for-adults-and-children #FluJab\n\nThanks @demonhstrust@social.demo.gatehouse.test, questions to help@nhs.example`;
    const post = await connector.publish(request(account, text));

    const json = (await (await fetch(`${served.url}/api/v1/statuses/${post.remoteId}`)).json()) as { content: string };
    expect(json.content).toContain('<span class="ellipsis">nhs.uk/conditions/flu/vaccinat</span>');
    expect(json.content).toContain("Winter&#39;s coming &amp; so is flu &lt;be ready&gt;.<br />");
    expect(json.content).toContain("</p><p>Thanks <span class=\"h-card\"");

    expect(await connector.find({ account, idempotencyKey: "k", text, since: clock.now() })).toEqual(post);
    expect(await connector.find({ account, idempotencyKey: "k", text: text.replace("flu <be", "flu <get"), since: clock.now() })).toBeNull();
  });

  it("pages back with max_id past the newest forty", async () => {
    const { account, connector } = await connected();
    const since = clock.now();
    const ours = await connector.publish(request(account, "The one we are looking for.", [], "ours"));
    for (let n = 0; n < 45; n += 1) {
      clock.advance(1000);
      await connector.publish(request(account, `Later post ${n}.`, [], `later-${n}`));
    }
    expect(await connector.find({ account, idempotencyKey: "ours", text: "The one we are looking for.", since })).toEqual(ours);
    expect(callsTo("GET", /\/statuses$/).some((call) => call.query.max_id !== undefined)).toBe(true);
  });
});

describe("deleting", () => {
  it("deletes the status, and deleting it again is fine: it is already gone", async () => {
    const { account, connector } = await connected();
    const post = await connector.publish(request(account, "Posted in error."));
    await connector.delete(account, post.remoteId);
    expect(fake.listStatuses()).toHaveLength(0);
    expect((await fetch(post.url)).status).toBe(404);

    await connector.delete(account, post.remoteId);
    expect(callsTo("DELETE", `/api/v1/statuses/${post.remoteId}`)).toHaveLength(2);
  });

  it("treats a 5xx on delete as transient, leaving the status up", async () => {
    const { account, connector } = await connected();
    const post = await connector.publish(request(account, "Still here."));
    fake.failNext("statuses_delete", { kind: "error", status: 500 });
    await failure(connector.delete(account, post.remoteId), "transient");
    expect(fake.listStatuses()).toHaveLength(1);
  });
});

describe("the fake instance", () => {
  it("works mounted under a prefix, building every address from it", async () => {
    const prefixed = createMastodonFake({ prefix: "/fakes/mastodon", now: () => clock.now() });
    const server = await serveFake(prefixed.app);
    try {
      const base = `${server.url}/fakes/mastodon`;
      const ctx = testContext({ clock });
      const credentials = await connect.verify(ctx, base, prefixed.issueToken("demonhstrust"), HANDLE);
      const account = testAccount("mastodon", HANDLE, new MemoryConnection(base, credentials));
      const post = await mastodonPlatform.connector(ctx).publish(request(account, "From under a prefix.", [await jpegMedia(300, 200)]));
      expect(post.url.startsWith(`${base}/@demonhstrust/`)).toBe(true);
      expect((await fetch(post.url)).status).toBe(200);
      const json = (await (await fetch(`${base}/api/v1/statuses/${post.remoteId}`)).json()) as { media_attachments: { url: string }[] };
      expect(json.media_attachments[0]!.url.startsWith(`${base}/system/`)).toBe(true);
      expect((await fetch(json.media_attachments[0]!.url)).status).toBe(200);
      expect(prefixed.calls.map((call) => call.path)).toContain("/api/v1/statuses");
    } finally {
      await server.close();
    }
  });

  it("publishes its limits, sends ISO rate-limit headers, and refuses requests without a token", async () => {
    const instance = (await (await fetch(`${served.url}/api/v2/instance`)).json()) as { configuration: { statuses: unknown; media_attachments: Record<string, unknown> } };
    expect(instance.configuration.statuses).toEqual({ max_characters: 500, max_media_attachments: 4, characters_reserved_per_url: 23 });
    expect(instance.configuration.media_attachments).toMatchObject({ image_size_limit: 16_777_216, description_limit: 1500 });

    const me = await fetch(`${served.url}/api/v1/accounts/verify_credentials`, { headers: { authorization: `Bearer ${fake.issueToken("demonhstrust")}` } });
    expect(me.headers.get("x-ratelimit-limit")).toBe("300");
    expect(me.headers.get("x-ratelimit-remaining")).toBe("299");
    expect(me.headers.get("x-ratelimit-reset")).toBe("2026-11-26T10:05:00.000000Z");

    const anonymous = await fetch(`${served.url}/api/v1/statuses`, { method: "POST", body: new URLSearchParams({ status: "hello" }) });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "The access token is invalid" });
  });

  it("answers scheduled_at with a ScheduledStatus, and refuses one less than five minutes ahead", async () => {
    const token = fake.issueToken("demonhstrust");
    const post = (body: Record<string, unknown>) =>
      fetch(`${served.url}/api/v1/statuses`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });

    const scheduled = await post({ status: "Later.", scheduled_at: "2026-11-26T12:00:00Z" });
    expect(scheduled.status).toBe(200);
    expect(await scheduled.json()).toMatchObject({ scheduled_at: "2026-11-26T12:00:00.000Z", params: { text: "Later.", visibility: "public" }, media_attachments: [] });
    expect(fake.listStatuses()).toHaveLength(0);

    const tooSoon = await post({ status: "Too soon.", scheduled_at: "2026-11-26T10:04:00Z" });
    expect(tooSoon.status).toBe(422);
    expect(await tooSoon.json()).toEqual({ error: "Validation failed: Scheduled at The scheduled date must be in the future" });
  });
});
