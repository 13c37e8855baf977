import type { ConnectorContext } from "../context.ts";
import { ConnectorError, type Connector, type ConnectorAccount, type FindRequest, type PublishRequest, type RemotePost } from "../types.ts";
import { xError } from "./errors.ts";
import { findPost } from "./find.ts";
import { uploadImage } from "./media.ts";
import { XSession } from "./session.ts";
import { postUrl } from "./urls.ts";

/** Posts, finds and deletes on X through API v2 with the account's OAuth 2.0 user token. */
export class XConnector implements Connector {
  constructor(private readonly ctx: ConnectorContext) {}

  async publish({ account, text, media, signal }: PublishRequest): Promise<RemotePost> {
    const session = new XSession(this.ctx, account, signal);
    // One at a time, so the pictures keep their order and a failure stops the rest.
    const mediaIds: string[] = [];
    for (const picture of media) mediaIds.push(await uploadImage(session, picture, signal));
    const response = await session.call("/2/tweets", { method: "POST", body: mediaIds.length ? { text, media: { media_ids: mediaIds } } : { text } });
    if (response.status !== 201 && response.status !== 200) throw xError(response, "the post", session.now);
    const id = (response.body as { data?: { id?: unknown } } | null)?.data?.id;
    // Accepted but unnamed: the publisher must look for it rather than send it again.
    if (typeof id !== "string") throw new ConnectorError("transient", "X accepted the post but did not say its id.");
    return { remoteId: id, url: postUrl(session.baseUrl, await session.username(), id) };
  }

  find(request: FindRequest): Promise<RemotePost | null> {
    return findPost(new XSession(this.ctx, request.account), request);
  }

  async delete(account: ConnectorAccount, remoteId: string): Promise<void> {
    const session = new XSession(this.ctx, account);
    const response = await session.call(`/2/tweets/${encodeURIComponent(remoteId)}`, { method: "DELETE" });
    // Already gone (deleted here before, or on X itself) is what we wanted.
    if (response.status === 404 || response.status === 200) return;
    throw xError(response, "to delete the post", session.now);
  }
}
