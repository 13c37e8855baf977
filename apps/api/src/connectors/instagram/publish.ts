import type { ConnectorContext } from "../context.ts";
import type { AccountGraph } from "../meta/account-graph.ts";
import { isRealGraph } from "../meta/oauth.ts";
import { ConnectorError, type PublishRequest, type RemotePost } from "../types.ts";
import { createContainer, type PollOptions, waitUntilFinished } from "./containers.ts";

export const INSTAGRAM_MAX_IMAGES = 10;

/** Refusals we can give before calling Instagram at all: it would refuse these anyway, after work. */
function checkPictures({ media }: PublishRequest): void {
  if (media.length === 0) {
    throw new ConnectorError("permanent", "Instagram needs a picture: it cannot publish text on its own. Add a picture to the post, then schedule it again.");
  }
  if (media.length > INSTAGRAM_MAX_IMAGES) {
    throw new ConnectorError("permanent", `Instagram takes at most ${INSTAGRAM_MAX_IMAGES} pictures in a post: remove ${media.length - INSTAGRAM_MAX_IMAGES}, then schedule it again.`);
  }
  if (media.some((m) => m.contentType !== "image/jpeg")) {
    throw new ConnectorError("permanent", "Instagram publishes only JPEG pictures through its API: the picture's Instagram rendition is not a JPEG.");
  }
}

/**
 * Instagram fetches each picture itself from a public address: one picture is one
 * container; several are carousel items gathered under a carousel container. The container
 * is published once Instagram has it ready, and the post's address asked for afterwards.
 */
export async function publishToInstagram(ctx: ConnectorContext, graph: AccountGraph, request: PublishRequest, poll: PollOptions): Promise<RemotePost> {
  checkPictures(request);
  const { text, media, signal } = request;
  const urls = await Promise.all(media.map((m) => ctx.publicMediaUrl(m)));
  let containerId: string;
  if (media.length === 1) {
    containerId = await createContainer(graph, { image_url: urls[0]!, caption: text, alt_text: media[0]!.altText }, signal);
  } else {
    const children: string[] = [];
    for (const [index, picture] of media.entries()) {
      children.push(await createContainer(graph, { image_url: urls[index]!, is_carousel_item: "true", alt_text: picture.altText }, signal));
    }
    // Instagram prepares the items side by side, so wait for them together.
    await Promise.all(children.map((child) => waitUntilFinished(graph, child, poll, signal)));
    containerId = await createContainer(graph, { media_type: "CAROUSEL", children: children.join(","), caption: text }, signal);
  }
  await waitUntilFinished(graph, containerId, poll, signal);
  const published = await graph.call<{ id: string }>({
    path: `/${graph.remoteAccountId}/media_publish`,
    body: { creation_id: containerId },
    signal,
    refused: "the post",
  });
  return { remoteId: published.id, url: await permalink(graph, published.id) };
}

/** The post is out: failing to learn its address must not make it look unsent. */
async function permalink(graph: AccountGraph, mediaId: string): Promise<string> {
  try {
    const media = await graph.call<{ permalink?: string }>({ path: `/${mediaId}`, query: { fields: "permalink" }, refused: "the request" });
    if (media.permalink) return media.permalink;
  } catch {
    // fall through to the account's profile
  }
  return profileUrl(graph);
}

export function profileUrl(graph: AccountGraph): string {
  const handle = graph.remoteHandle ?? "";
  return isRealGraph(graph.baseUrl) ? `https://www.instagram.com/${handle}/` : `${graph.baseUrl.replace(/\/$/, "")}/instagram/${handle}`;
}
