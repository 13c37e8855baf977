import type { ConnectorContext } from "../context.ts";
import { ConnectorError, type Connector, type ConnectorAccount, type FindRequest, type PublishRequest, type RemotePost } from "../types.ts";
import { restHeaders, restUrl } from "./endpoints.ts";
import { linkedinFailure } from "./errors.ts";
import { findPost } from "./find.ts";
import { MAX_IMAGES, uploadImages } from "./media.ts";
import { createPost, postBody } from "./post.ts";
import { LinkedInSession } from "./session.ts";

/** Posts as a LinkedIn organisation page through the Posts and Images APIs. */
export class LinkedInConnector implements Connector {
  constructor(private readonly ctx: ConnectorContext) {}

  async publish(request: PublishRequest): Promise<RemotePost> {
    if (request.media.length > MAX_IMAGES) {
      throw new ConnectorError("permanent", `LinkedIn takes at most ${MAX_IMAGES} pictures in a post; this one has ${request.media.length}. Remove some and schedule it again.`);
    }
    const session = new LinkedInSession(this.ctx, request.account, request.signal);
    const { remoteAccountId: author } = await session.credentials();
    const images = await uploadImages(session, author, request.media);
    return createPost(session, postBody(author, request.text, images, request.media));
  }

  find(request: FindRequest): Promise<RemotePost | null> {
    return findPost(new LinkedInSession(this.ctx, request.account), request);
  }

  async delete(account: ConnectorAccount, remoteId: string): Promise<void> {
    const session = new LinkedInSession(this.ctx, account);
    const response = await session.call(restUrl(session.baseUrl, `/posts/${encodeURIComponent(remoteId)}`), (token) => ({
      method: "DELETE",
      headers: restHeaders(token),
    }));
    // 404: already gone, which is what a takedown wants.
    if (response.status === 204 || response.status === 200 || response.status === 404) return;
    throw linkedinFailure(response, "the deletion", session.now());
  }
}
