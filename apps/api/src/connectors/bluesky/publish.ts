import type { ConnectorContext } from "../context.ts";
import type { PlatformResponse } from "../http/platform-fetch.ts";
import { ConnectorError, type PublishMedia, type PublishRequest, type RemotePost } from "../types.ts";
import { AccountSession, connectionOf } from "./authorised.ts";
import { blueskyError, xrpcError } from "./errors.ts";
import { findPost } from "./find.ts";
import { POST_COLLECTION, postRecord, type BlobRef } from "./post-record.ts";
import { postUrl } from "./post-url.ts";
import { recordKeyFor } from "./rkey.ts";
import { checkPostLimits } from "./text-limits.ts";

async function uploadBlob(session: AccountSession, picture: PublishMedia, index: number, now: () => Date): Promise<BlobRef> {
  const response = await session.call({ nsid: "com.atproto.repo.uploadBlob", headers: { "content-type": picture.contentType }, body: picture.bytes });
  const blob = (response.body as { blob?: BlobRef } | null)?.blob;
  if (response.status === 200 && blob?.ref?.$link) return blob;
  if (response.status === 200) throw new ConnectorError("transient", `Bluesky answered picture ${index + 1}'s upload without a blob. Gatehouse will try again.`);
  throw blueskyError(response, now(), `picture ${index + 1}`);
}

/** A PDS that says in words that the key is taken (newer ones, or a swap check). */
function saysKeyTaken(response: PlatformResponse): boolean {
  const { error, message } = xrpcError(response);
  return error === "InvalidSwap" || /already exists|already a value at key/i.test(message);
}

/**
 * Uploads each picture (raw bytes), then writes the post at the record key made from the
 * idempotency key. A second write at that key is refused, so a resend can never post twice.
 */
export async function publishPost(ctx: ConnectorContext, request: PublishRequest): Promise<RemotePost> {
  checkPostLimits(request.text, request.media);
  const connection = connectionOf(request.account);
  const session = new AccountSession(ctx, connection, request.signal);
  const credentials = await session.credentials();
  const now = () => ctx.clock.now();

  const blobs: BlobRef[] = [];
  for (const [index, picture] of request.media.entries()) blobs.push(await uploadBlob(session, picture, index, now));

  const rkey = recordKeyFor(request.idempotencyKey);
  const response = await session.call({
    nsid: "com.atproto.repo.createRecord",
    body: { repo: credentials.remoteAccountId, collection: POST_COLLECTION, rkey, record: postRecord(request.text, request.media, blobs, now()) },
  });
  const created = response.body as { uri?: string } | null;
  if (response.status === 200 && created?.uri) {
    return { remoteId: created.uri, url: postUrl(connection.baseUrl, credentials.remoteHandle ?? request.account.handle, rkey) };
  }
  if (saysKeyTaken(response)) throw new ConnectorError("duplicate", "Bluesky already has this post.");
  if (response.status >= 500) {
    // The reference PDS answers a taken key with a bare 500, like any fault: look before calling it either.
    const existing = await findPost(ctx, { account: request.account, idempotencyKey: request.idempotencyKey, text: request.text, since: new Date(0) }).catch(() => null);
    if (existing) throw new ConnectorError("duplicate", "Bluesky already has this post.");
  }
  throw blueskyError(response, now(), "the post");
}
