import type { ConnectorContext } from "../context.ts";
import type { Connector, ConnectorAccount, FindRequest, PublishRequest, RemotePost } from "../types.ts";
import { callMastodon, sessionFor } from "./api.ts";
import { mastodonError } from "./errors.ts";
import { findStatus } from "./find.ts";
import { uploadPicture } from "./media.ts";

interface Status {
  id: string;
  url: string | null;
  uri: string;
}

/**
 * Posts to the account's Mastodon instance. Pictures go up one by one (uploads have their
 * own, tighter rate limit), then the status carries the Idempotency-Key: Mastodon answers a
 * repeat within an hour with the status it already made, so a resend never duplicates.
 * The client does not count characters: the instance's own limit is the one that matters,
 * and its refusal comes back word for word.
 */
export class MastodonConnector implements Connector {
  constructor(private readonly ctx: ConnectorContext) {}

  async publish(request: PublishRequest): Promise<RemotePost> {
    const { connection, credentials } = await sessionFor(request.account);
    const mediaIds: string[] = [];
    for (const [index, media] of request.media.entries()) {
      mediaIds.push(await uploadPicture(this.ctx, connection.baseUrl, credentials.accessToken, media, index, request.signal));
    }
    const response = await callMastodon(this.ctx, connection.baseUrl, credentials.accessToken, "/api/v1/statuses", {
      method: "POST",
      headers: { "Idempotency-Key": request.idempotencyKey },
      body: { status: request.text, media_ids: mediaIds, visibility: "public" },
      signal: request.signal,
    });
    if (response.status !== 200) throw mastodonError(response, this.ctx.clock.now(), "the post");
    const status = response.body as Status;
    return { remoteId: status.id, url: status.url ?? status.uri };
  }

  find(request: FindRequest): Promise<RemotePost | null> {
    return findStatus(this.ctx, request);
  }

  async delete(account: ConnectorAccount, remoteId: string): Promise<void> {
    const { connection, credentials } = await sessionFor(account);
    const response = await callMastodon(this.ctx, connection.baseUrl, credentials.accessToken, `/api/v1/statuses/${encodeURIComponent(remoteId)}`, { method: "DELETE" });
    // 404: already deleted (by us before, or by someone on the instance). Either way it is gone.
    if (response.status === 200 || response.status === 404) return;
    throw mastodonError(response, this.ctx.clock.now(), "the deletion");
  }
}
