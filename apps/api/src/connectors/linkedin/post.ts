import { ConnectorError, type PublishMedia, type RemotePost } from "../types.ts";
import { postUrl, restHeaders, restUrl } from "./endpoints.ts";
import { linkedinFailure } from "./errors.ts";
import { escapeLittleText } from "./little-text.ts";
import type { LinkedInSession } from "./session.ts";

function content(images: readonly string[], media: readonly PublishMedia[]): Record<string, unknown> {
  const described = images.map((id, index) => ({ id, altText: media[index]?.altText ?? "" }));
  if (described.length === 0) return {};
  if (described.length === 1) return { content: { media: described[0] } };
  return { content: { multiImage: { images: described } } };
}

/** The Posts API body for a public organisation post on the main feed. */
export function postBody(author: string, text: string, images: readonly string[], media: readonly PublishMedia[]): Record<string, unknown> {
  return {
    author,
    commentary: escapeLittleText(text),
    visibility: "PUBLIC",
    distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] },
    lifecycleState: "PUBLISHED",
    isReshareDisabledByAuthor: false,
    ...content(images, media),
  };
}

/** Creates the post. LinkedIn answers 201 with an empty body and the new post's URN in x-restli-id. */
export async function createPost(session: LinkedInSession, body: Record<string, unknown>): Promise<RemotePost> {
  const response = await session.call(restUrl(session.baseUrl, "/posts"), (token) => ({ method: "POST", headers: restHeaders(token), body }));
  if (response.status !== 201) throw linkedinFailure(response, "the post", session.now());
  const urn = response.headers.get("x-restli-id");
  if (!urn) {
    // Accepted, but we cannot name it: the publisher finds it before doing anything else.
    throw new ConnectorError("transient", "LinkedIn accepted the post but did not say which post it made; Gatehouse will look for it.");
  }
  return { remoteId: urn, url: postUrl(session.baseUrl, urn) };
}
