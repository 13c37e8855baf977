import type { ConnectorContext } from "../context.ts";
import { platformFetch } from "../http/platform-fetch.ts";
import type { FindRequest, RemotePost } from "../types.ts";
import { connectionOf } from "./authorised.ts";
import { blueskyError, isRecordMissing } from "./errors.ts";
import { POST_COLLECTION } from "./post-record.ts";
import { postUrl } from "./post-url.ts";
import { recordKeyFor } from "./rkey.ts";
import { xrpcUrl } from "./session.ts";

/**
 * Is the post there? Every attempt writes at the record key made from the idempotency key,
 * so one com.atproto.repo.getRecord answers it (records are public: no session needed).
 * A record there from before `since` belongs to something else that reused the key.
 */
export async function findPost(ctx: ConnectorContext, request: FindRequest): Promise<RemotePost | null> {
  const connection = connectionOf(request.account);
  const credentials = await connection.credentials();
  const rkey = recordKeyFor(request.idempotencyKey);
  const response = await platformFetch(ctx.fetch, xrpcUrl(connection.baseUrl, "com.atproto.repo.getRecord", { repo: credentials.remoteAccountId, collection: POST_COLLECTION, rkey }), {
    method: "GET",
    timeoutMs: ctx.requestTimeoutMs,
  });
  if (response.status !== 200) {
    if (isRecordMissing(response)) return null;
    throw blueskyError(response, ctx.clock.now(), "the look-up of the post");
  }
  const body = response.body as { uri?: string; value?: { createdAt?: string } } | null;
  if (!body?.uri) return null;
  const createdAt = Date.parse(body.value?.createdAt ?? "");
  if (Number.isFinite(createdAt) && createdAt < request.since.getTime()) return null;
  return { remoteId: body.uri, url: postUrl(connection.baseUrl, credentials.remoteHandle ?? credentials.remoteAccountId, rkey) };
}
