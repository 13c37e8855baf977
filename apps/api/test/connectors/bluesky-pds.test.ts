import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blueskyPlatform } from "../../src/connectors/bluesky/index.ts";
import type { AppPasswordConnect } from "../../src/connectors/platform-module.ts";
import { ConnectorError, type PublishMedia } from "../../src/connectors/types.ts";
import { jpegMedia, MemoryConnection, testAccount, testContext } from "../support/connectors.ts";
import { startLocalPds, type LocalPds, type LocalPdsAccount } from "../support/pds.ts";

/*
 * The Bluesky client against the reference PDS itself (@atproto/pds, the software behind
 * bsky.social's PDSes), not a fake: what it accepts, stores and refuses is the real thing.
 */
const connect = blueskyPlatform.connect as AppPasswordConnect;
const ctx = testContext({ requestTimeoutMs: 15_000 });

let pds: LocalPds;
let trust: LocalPdsAccount;

beforeAll(async () => {
  pds = await startLocalPds();
  trust = await pds.createAccount("nhs-trust.test");
});
afterAll(async () => {
  await pds?.close();
});

async function signedIn(account: LocalPdsAccount) {
  const credentials = await connect.login(ctx, pds.url, account.handle, account.appPassword, account.handle);
  const connection = new MemoryConnection(pds.url, credentials);
  return { credentials, connection, account: testAccount("bluesky", account.handle, connection) };
}

async function pdsGet(nsid: string, query: Record<string, string>) {
  const response = await fetch(`${pds.url}/xrpc/${nsid}?${new URLSearchParams(query).toString()}`);
  return response;
}

/** A JPEG of noise, which does not compress: well over the reference PDS's 1,000,000-byte image limit. */
async function noisyJpeg(width: number, height: number): Promise<PublishMedia> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = (i * 2654435761) >>> 24;
  const bytes = await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 100 }).toBuffer();
  return { bytes, contentType: "image/jpeg", width, height, altText: "Static on an old television." };
}

describe("Bluesky client against a real PDS", () => {
  it("signs in with an app password, posts two pictures with alt text, finds the post, deletes it and no longer finds it", async () => {
    const { credentials, account } = await signedIn(trust);
    expect(credentials).toMatchObject({ remoteAccountId: trust.did, remoteHandle: "nhs-trust.test", appPassword: trust.appPassword });
    expect(Date.parse(credentials.expiresAt!)).toBeGreaterThan(Date.now());

    const connector = blueskyPlatform.connector(ctx);
    const media = [await jpegMedia(1200, 675, "A nurse checks a patient's notes at the ward desk."), await jpegMedia(800, 800, "The front of the walk-in centre.")];
    const text = "Flu jabs at the walk-in centre this week 💉 Book at https://www.nhs.uk/flu – no appointment needed.";
    const since = new Date(Date.now() - 1000);
    const posted = await connector.publish({ account, idempotencyKey: "post-pds-1", text, media });

    expect(posted.remoteId).toMatch(new RegExp(`^at://${trust.did}/app\\.bsky\\.feed\\.post/[2-7a-j][2-7a-z]{12}$`));
    const rkey = posted.remoteId.split("/").at(-1)!;
    expect(posted.url).toBe(`${pds.url}/profile/nhs-trust.test/post/${rkey}`);

    const read = await pdsGet("com.atproto.repo.getRecord", { repo: trust.did, collection: "app.bsky.feed.post", rkey });
    expect(read.status).toBe(200);
    const { value } = (await read.json()) as { value: { text: string; langs: string[]; facets: { index: { byteStart: number; byteEnd: number }; features: { uri: string }[] }[]; embed: { $type: string; images: { alt: string; aspectRatio: unknown; image: { ref: { $link: string }; mimeType: string; size: number } }[] } } };
    expect(value.text).toBe(text);
    expect(value.langs).toEqual(["en"]);
    const [link] = value.facets;
    expect(Buffer.from(text).subarray(link!.index.byteStart, link!.index.byteEnd).toString()).toBe("https://www.nhs.uk/flu");
    expect(link!.features[0]!.uri).toBe("https://www.nhs.uk/flu");
    expect(value.embed.$type).toBe("app.bsky.embed.images");
    expect(value.embed.images.map((image) => image.alt)).toEqual(["A nurse checks a patient's notes at the ward desk.", "The front of the walk-in centre."]);
    expect(value.embed.images.map((image) => image.aspectRatio)).toEqual([{ width: 1200, height: 675 }, { width: 800, height: 800 }]);

    for (const [index, image] of value.embed.images.entries()) {
      expect(image.image).toMatchObject({ mimeType: "image/jpeg", size: media[index]!.bytes.length });
      const blob = await pdsGet("com.atproto.sync.getBlob", { did: trust.did, cid: image.image.ref.$link });
      expect(blob.status).toBe(200);
      expect(Buffer.from(await blob.arrayBuffer()).equals(media[index]!.bytes)).toBe(true);
    }

    const found = await connector.find({ account, idempotencyKey: "post-pds-1", text, since });
    expect(found).toEqual(posted);

    // A resend at the same key: the PDS refuses the taken key (with a bare 500), and the client says duplicate.
    const again = await connector.publish({ account, idempotencyKey: "post-pds-1", text, media: [] }).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(ConnectorError);
    expect((again as ConnectorError).kind).toBe("duplicate");

    await connector.delete(account, posted.remoteId);
    expect(await connector.find({ account, idempotencyKey: "post-pds-1", text, since })).toBeNull();
    const gone = await pdsGet("com.atproto.repo.getRecord", { repo: trust.did, collection: "app.bsky.feed.post", rkey });
    expect(((await gone.json()) as { error: string }).error).toBe("RecordNotFound");
    // Deleting what is already gone succeeds, as the PDS promises.
    await expect(connector.delete(account, posted.remoteId)).resolves.toBeUndefined();
  });

  it("finds nothing for a post that was never made", async () => {
    const { account } = await signedIn(trust);
    expect(await blueskyPlatform.connector(ctx).find({ account, idempotencyKey: "never-sent", text: "Nothing", since: new Date(0) })).toBeNull();
  });

  it("refuses an app password that signs in as another account than the one registered", async () => {
    const other = await pds.createAccount("someone-else.test");
    const refused = await connect.login(ctx, pds.url, other.handle, other.appPassword, "nhs-trust.test").catch((error: unknown) => error);
    expect(refused).toMatchObject({ kind: "permanent", message: expect.stringContaining("signs in as @someone-else.test, not @nhs-trust.test") });
  });

  it("refuses a wrong app password plainly", async () => {
    const refused = await connect.login(ctx, pds.url, trust.handle, "wrong-password", trust.handle).catch((error: unknown) => error);
    expect(refused).toMatchObject({ kind: "permanent", message: expect.stringContaining("Invalid identifier or password") });
  });

  it("makes a new session when the PDS refuses the access token, and keeps it", async () => {
    const { credentials, connection, account } = await signedIn(trust);
    await connection.saveCredentials({ ...credentials, accessToken: "not-a-token" });
    const posted = await blueskyPlatform.connector(ctx).publish({ account, idempotencyKey: "post-pds-refresh", text: "After a refresh.", media: [] });
    expect(posted.remoteId).toContain(trust.did);
    const saved = connection.saved.at(-1)!;
    expect(saved.accessToken).not.toBe("not-a-token");
    expect(saved.refreshToken).not.toBe(credentials.refreshToken);
    await blueskyPlatform.connector(ctx).delete(account, posted.remoteId);
  });

  it("signs in again with the app password when the refresh token is refused too", async () => {
    const { credentials, connection, account } = await signedIn(trust);
    await connection.saveCredentials({ ...credentials, accessToken: "not-a-token", refreshToken: "not-a-refresh-token" });
    const posted = await blueskyPlatform.connector(ctx).publish({ account, idempotencyKey: "post-pds-relogin", text: "After signing in again.", media: [] });
    expect(connection.saved.at(-1)!.refreshToken).not.toBe("not-a-refresh-token");
    await blueskyPlatform.connector(ctx).delete(account, posted.remoteId);
  });

  it("passes on the PDS's own words when it refuses a picture over its size limit", async () => {
    const { account } = await signedIn(trust);
    const big = await noisyJpeg(900, 900);
    expect(big.bytes.length).toBeGreaterThan(1_000_000);
    expect(big.bytes.length).toBeLessThanOrEqual(2_000_000);
    const refused = await blueskyPlatform.connector(ctx).publish({ account, idempotencyKey: "post-pds-big", text: "Too big a picture.", media: [big] }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ kind: "permanent", message: expect.stringMatching(/^Bluesky refused the post: .*blob too big \(maximum 1000000/) });
  });
});
