import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { instagramConnector, instagramPlatform } from "../../src/connectors/instagram/index.ts";
import { ConnectorError, type ConnectorAccount, type Credentials, type PublishMedia } from "../../src/connectors/types.ts";
import { createMetaFake, type MetaFake } from "../../src/fakes/meta/index.ts";
import { serveFake, type ServedFake } from "../../src/fakes/serve.ts";
import { jpegMedia, ManualClock, MemoryConnection, testAccount, testContext } from "../support/connectors.ts";
import { signIn } from "./meta-sign-in.ts";

const clock = new ManualClock(new Date("2026-11-26T10:00:00Z"));
let fake: MetaFake;
let served: ServedFake;
let credentials: Credentials;

/** A public address for each picture, served from a loopback server as the media proxy would: Instagram fetches it. */
let pictures: Server;
let picturesUrl: string;
const hosted = new Map<string, Buffer>();
const publicMediaUrl = (media: PublishMedia) => {
  const path = `/media/${hosted.size + 1}.jpg`;
  hosted.set(path, media.bytes);
  return Promise.resolve(`${picturesUrl}${path}`);
};

const ctx = testContext({ clock, publicMediaUrl });
const fastPolls = { intervalMs: 5, maxPolls: 5 };
const connector = (context = ctx) => instagramConnector(context, fastPolls);

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConnectorError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

function account(creds: Credentials = credentials): ConnectorAccount {
  return testAccount("instagram", "@demonhstrust", new MemoryConnection(served.url, creds));
}

let sequence = 0;
function uniqueText(words = "Our maternity unit is recruiting midwives. #NHSJobs"): string {
  return `${words} (${++sequence})`;
}

function publish(text: string, media: PublishMedia[], context = ctx) {
  return connector(context).publish({ account: account(), idempotencyKey: `key-${sequence}`, text, media });
}

const square = (alt = "Midwives at the maternity unit's front desk.") => jpegMedia(1080, 1080, alt);

beforeAll(async () => {
  pictures = createServer((request, response) => {
    const bytes = hosted.get(request.url ?? "");
    if (!bytes) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": "image/jpeg" }).end(bytes);
  });
  await new Promise<void>((resolve) => pictures.listen(0, "127.0.0.1", resolve));
  picturesUrl = `http://127.0.0.1:${(pictures.address() as AddressInfo).port}`;
  fake = createMetaFake({ now: () => clock.now(), pollsUntilFinished: 2 });
  served = await serveFake(fake.app);
  ({ credentials } = await signIn(instagramPlatform, ctx, served.url, "DemoNHSTrust", "@demonhstrust"));
});

afterAll(async () => {
  fake.releaseHangs();
  await served.close();
  pictures.closeAllConnections();
  await new Promise((resolve) => pictures.close(resolve));
});

beforeEach(() => {
  clock.set("2026-11-26T10:00:00Z");
  fake.calls.length = 0;
});

afterEach(() => fake.releaseHangs());

describe("Instagram connect", () => {
  it("signs in with Facebook Login, asking for Instagram's publishing permissions", () => {
    const connect = instagramPlatform.connect;
    if (connect.kind !== "oauth") throw new Error("Instagram connects with OAuth");
    expect(connect.pkce).toBe(true);
    expect(connect.scopes).toEqual(["instagram_basic", "instagram_content_publish", "pages_show_list", "pages_read_engagement"]);
    expect(connect.authorizeUrl("https://graph.facebook.com/v25.0")).toBe("https://www.facebook.com/v25.0/dialog/oauth");
    expect(connect.authorizeUrl(served.url)).toBe(`${served.url}/dialog/oauth`);
  });

  it("finds the Instagram account named by the handle among the pages' linked accounts and keeps that page's token", async () => {
    fake.calls.length = 0;
    const { credentials: creds } = await signIn(instagramPlatform, ctx, served.url, "Other Trust, DemoNHSTrust", "@DemoNHSTrust");
    const page = fake.page("DemoNHSTrust");
    expect(creds).toEqual({ accessToken: expect.any(String), remoteAccountId: page.igUserId, remoteHandle: "demonhstrust" });
    expect(fake.state.tokens.get(creds.accessToken)).toMatchObject({ kind: "page", pageId: page.id });
    const lookups = fake.calls.filter((c) => c.query.fields === "instagram_business_account{id,username}");
    expect(lookups.map((c) => c.path)).toEqual([`/${fake.page("Other Trust").id}`, `/${page.id}`]);
  });

  it("refuses to connect when no page the person manages is linked to the handle's Instagram account", async () => {
    const error = await failure(signIn(instagramPlatform, ctx, served.url, "Other Trust", "@demonhstrust"));
    expect(error.kind).toBe("permanent");
    expect(error.message).toBe(
      "That Facebook sign-in cannot post to Instagram as @demonhstrust. Its pages are linked to: @othertrust. Link @demonhstrust to a Facebook page you manage (a Business or Creator account), or correct the account's handle.",
    );
  });
});

describe("Instagram publish", () => {
  it("publishes one picture: a container Instagram fetches from the public address, checked until finished, then published", async () => {
    const text = uniqueText();
    const picture = await square();
    const post = await publish(text, [picture]);
    const ig = credentials.remoteAccountId;
    const posts = fake.calls.filter((c) => c.method === "POST");
    expect(posts.map((c) => c.path)).toEqual([`/${ig}/media`, `/${ig}/media_publish`]);
    expect(posts[0]!.body).toEqual({ image_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/media\/\d+\.jpg$/), caption: text, alt_text: picture.altText });
    // Two checks answered IN_PROGRESS, the third FINISHED.
    expect(fake.calls.filter((c) => c.query.fields === "status_code,status")).toHaveLength(3);
    const media = fake.igMedia(ig).at(-1)!;
    expect(media).toMatchObject({ id: post.remoteId, caption: text, mediaType: "IMAGE" });
    expect(media.pictures.map((p) => [p.altText, p.bytes.byteLength])).toEqual([[picture.altText, picture.bytes.length]]);
    expect(post.url).toBe(`${served.url}/p/${media.shortcode}/`);
    expect(await (await fetch(post.url)).text()).toContain(text);
  });

  it("publishes ten pictures as a carousel: ten items with their alt texts under one container with the caption", async () => {
    const text = uniqueText();
    const ten = await Promise.all(Array.from({ length: 10 }, (_, i) => jpegMedia(1080, 1080 + i * 10, `Picture ${i + 1} of the birth centre.`)));
    const post = await publish(text, ten);
    const containers = fake.calls.filter((c) => c.method === "POST" && c.path.endsWith("/media"));
    expect(containers).toHaveLength(11);
    containers.slice(0, 10).forEach((call, i) => expect(call.body).toEqual({ image_url: expect.any(String), is_carousel_item: "true", alt_text: `Picture ${i + 1} of the birth centre.` }));
    expect(containers[10]!.body).toEqual({ media_type: "CAROUSEL", children: expect.stringMatching(/^\d+(,\d+){9}$/), caption: text });
    const media = fake.igMedia().at(-1)!;
    expect(media).toMatchObject({ id: post.remoteId, caption: text, mediaType: "CAROUSEL_ALBUM" });
    expect(media.pictures.map((p) => p.altText)).toEqual(ten.map((p) => p.altText));
    expect(media.pictures.map((p) => p.bytes.byteLength)).toEqual(ten.map((p) => p.bytes.length));
  });

  it("refuses a post without a picture before calling Instagram or asking for a public address", async () => {
    const before = hosted.size;
    const error = await failure(publish(uniqueText(), []));
    expect(error.kind).toBe("permanent");
    expect(error.message).toBe("Instagram needs a picture: it cannot publish text on its own. Add a picture to the post, then schedule it again.");
    expect(fake.calls).toHaveLength(0);
    expect(hosted.size).toBe(before);
  });

  it("refuses eleven pictures before calling Instagram", async () => {
    const picture = await square();
    const error = await failure(publish(uniqueText(), Array.from({ length: 11 }, () => picture)));
    expect(error.kind).toBe("permanent");
    expect(error.message).toBe("Instagram takes at most 10 pictures in a post: remove 1, then schedule it again.");
    expect(fake.calls).toHaveLength(0);
  });

  it("publishes a caption of exactly 2,200 characters and refuses one more, with Instagram's reason", async () => {
    const longest = uniqueText().padEnd(2200, "x");
    await publish(longest, [await square()]);
    expect(fake.igMedia().at(-1)!.caption).toBe(longest);
    const error = await failure(publish(uniqueText().padEnd(2201, "x"), [await square()]));
    expect(error.kind).toBe("permanent");
    expect(error.message).toBe("Instagram refused the post: (#100) The caption is too long: Instagram allows at most 2200 characters.");
  });

  it("refuses more than 30 hashtags, with Instagram's reason", async () => {
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(" ");
    const error = await failure(publish(uniqueText(tags), [await square()]));
    expect(error.kind).toBe("permanent");
    expect(error.message).toBe("Instagram refused the post: (#100) The caption has too many hashtags: Instagram allows at most 30.");
  });

  it("refuses a picture whose shape Instagram does not take, in Instagram's words", async () => {
    const error = await failure(publish(uniqueText(), [await jpegMedia(1200, 400)]));
    expect(error.kind).toBe("permanent");
    expect(error.message).toBe("Instagram refused the post: The submitted image's aspect ratio cannot be published: it must be between 4:5 and 1.91:1.");
    expect(fake.calls.filter((c) => c.path.endsWith("/media_publish"))).toHaveLength(0);
  });

  it("refuses the post when Instagram could not prepare the picture (container ERROR), without publishing", async () => {
    fake.failNextContainers(1);
    const error = await failure(publish(uniqueText(), [await square()]));
    expect(error.kind).toBe("permanent");
    expect(error.message).toBe("Instagram refused the picture (ERROR: Error: Media upload has failed with error code 2207001.).");
    expect(fake.calls.filter((c) => c.path.endsWith("/media_publish"))).toHaveLength(0);
  });

  it("tries again later when the picture is still not ready after the last check", async () => {
    const error = await failure(instagramConnector(ctx, { intervalMs: 1, maxPolls: 2 }).publish({ account: account(), idempotencyKey: "k", text: uniqueText(), media: [await square()] }));
    expect(error.kind).toBe("transient");
    expect(fake.calls.filter((c) => c.path.endsWith("/media_publish"))).toHaveLength(0);
  });
});

describe("Instagram failures", () => {
  it("calls Meta's retry-later error and a bare 503 transient", async () => {
    fake.fail("POST media", { kind: "transient" });
    const first = await failure(publish(uniqueText(), [await square()]));
    expect(first.kind).toBe("transient");
    expect(first.message).toBe("Instagram had a temporary problem: An unexpected error has occurred. Please retry your request later.");
    fake.fail("POST media_publish", { kind: "server_error" });
    const second = await failure(publish(uniqueText(), [await square()]));
    expect(second.kind).toBe("transient");
    expect(second.message).toBe("Instagram is having trouble (HTTP 503); try again shortly.");
  });

  it("is rate limited for as long as X-Business-Use-Case-Usage says access returns in", async () => {
    fake.fail("POST media", { kind: "throttle", minutes: 3, code: 4 });
    const error = await failure(publish(uniqueText(), [await square()]));
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterMs).toBe(3 * 60_000);
  });

  it("is rate limited when the day's publishing quota is used up", async () => {
    const quotaFake = createMetaFake({ now: () => clock.now(), pollsUntilFinished: 0, publishingQuota: 1 });
    const quotaServed = await serveFake(quotaFake.app);
    try {
      const { credentials: creds } = await signIn(instagramPlatform, ctx, quotaServed.url, "DemoNHSTrust", "@demonhstrust");
      const who = testAccount("instagram", "@demonhstrust", new MemoryConnection(quotaServed.url, creds));
      await connector().publish({ account: who, idempotencyKey: "a", text: uniqueText(), media: [await square()] });
      const error = await failure(connector().publish({ account: who, idempotencyKey: "b", text: uniqueText(), media: [await square()] }));
      expect(error.kind).toBe("rate_limited");
      expect(error.retryAfterMs).toBe(60_000);
      expect(error.message).toBe("Instagram asks us to slow down: You reached maximum number of posts that is allowed to be published by Content Publishing API.");
    } finally {
      await quotaServed.close();
    }
  });

  it("times out when Instagram publishes but does not answer, and find() then returns that post", async () => {
    fake.fail("POST media_publish", { kind: "hang" });
    const text = uniqueText();
    const since = clock.now();
    const error = await failure(publish(text, [await square()], testContext({ clock, publicMediaUrl, requestTimeoutMs: 300 })));
    expect(error.kind).toBe("timeout");
    const media = fake.igMedia().at(-1)!;
    expect(media.caption).toBe(text);
    const found = await connector().find({ account: account(), idempotencyKey: "k", text, since });
    expect(found).toEqual({ remoteId: media.id, url: `${served.url}/p/${media.shortcode}/` });
  });

  it("asks for the account to be reconnected when Meta answers 190", async () => {
    fake.invalidateTokens();
    const error = await failure(publish(uniqueText(), [await square()]));
    expect(error.kind).toBe("auth");
    expect(error.message).toBe("Instagram no longer accepts this account's sign-in: reconnect it on the account's page.");
    ({ credentials } = await signIn(instagramPlatform, ctx, served.url, "DemoNHSTrust", "@demonhstrust"));
  });
});

describe("Instagram find and delete", () => {
  it("finds nothing for a post that is not there", async () => {
    expect(await connector().find({ account: account(), idempotencyKey: "k", text: uniqueText(), since: clock.now() })).toBeNull();
    expect(fake.calls.at(-1)).toMatchObject({ method: "GET", path: `/${credentials.remoteAccountId}/media`, query: { fields: "id,caption,timestamp,permalink" } });
  });

  it("ignores a post with the same caption made before the attempt began", async () => {
    const text = uniqueText();
    clock.set("2026-11-20T09:00:00Z");
    const old = await publish(text, [await square()]);
    clock.set("2026-11-26T10:00:00Z");
    expect(await connector().find({ account: account(), idempotencyKey: "k", text, since: new Date("2026-11-26T09:00:00Z") })).toBeNull();
    expect(await connector().find({ account: account(), idempotencyKey: "k", text, since: new Date("2026-11-20T08:59:00Z") })).toMatchObject({ remoteId: old.remoteId });
  });

  it("cannot delete through the API, and says so without calling Instagram", async () => {
    const error = await failure(connector().delete(account(), "17890000000000001"));
    expect(error.kind).toBe("unsupported");
    expect(error.message).toBe("Instagram's API cannot delete posts: remove it in the Instagram app, then close the task.");
    expect(fake.calls).toHaveLength(0);
  });
});

describe("The fake Graph API, as Instagram does", () => {
  it("lets a container expire after 24 hours and refuses to publish it", async () => {
    const auth = { authorization: `Bearer ${credentials.accessToken}`, "content-type": "application/json" };
    const ig = credentials.remoteAccountId;
    const imageUrl = await publicMediaUrl(await square());
    const made = (await (await fetch(`${served.url}/${ig}/media`, { method: "POST", headers: auth, body: JSON.stringify({ image_url: imageUrl, caption: uniqueText() }) })).json()) as { id: string };
    clock.advance(24 * 3_600_000);
    const status = (await (await fetch(`${served.url}/${made.id}?fields=status_code`, { headers: auth })).json()) as { status_code: string };
    expect(status.status_code).toBe("EXPIRED");
    const refused = await fetch(`${served.url}/${ig}/media_publish`, { method: "POST", headers: auth, body: JSON.stringify({ creation_id: made.id }) });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: -2, error_subcode: 2207020 } });
  });

  it("reports the publishing quota used in the last 24 hours", async () => {
    const auth = { authorization: `Bearer ${credentials.accessToken}` };
    const published = fake.igMedia(credentials.remoteAccountId).filter((m) => m.timestamp.getTime() > clock.now().getTime() - 24 * 3_600_000).length;
    const answer = (await (await fetch(`${served.url}/${credentials.remoteAccountId}/content_publishing_limit?fields=quota_usage,config`, { headers: auth })).json());
    expect(answer).toEqual({ data: [{ quota_usage: published, config: { quota_total: 100, quota_duration: 86_400 } }] });
    expect(published).toBeGreaterThan(0);
  });
});
