import type { AccountGraph } from "../meta/account-graph.ts";
import { ConnectorError, type PublishMedia, type PublishRequest, type RemotePost } from "../types.ts";
import { facebookPostUrl } from "./post-url.ts";

/** Meta does not document a maximum; 10 is what integrations that post to pages use. */
export const FACEBOOK_MAX_IMAGES = 10;

interface PostAnswer {
  id: string;
  post_id?: string;
  permalink_url?: string;
}

function photoForm(media: PublishMedia, index: number, fields: Record<string, string>): FormData {
  const form = new FormData();
  const extension = media.contentType.split("/")[1] ?? "jpg";
  form.set("source", new Blob([new Uint8Array(media.bytes)], { type: media.contentType }), `picture-${index + 1}.${extension}`);
  // Alt text belongs to each photo; a feed post has none of its own.
  form.set("alt_text_custom", media.altText);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

/**
 * No pictures: a feed post. One picture: a published photo, which is a post with the text
 * as its caption. Several: each photo uploaded unpublished, then one feed post attaching them.
 */
export async function publishToPage(graph: AccountGraph, { text, media, signal }: PublishRequest): Promise<RemotePost> {
  if (media.length > FACEBOOK_MAX_IMAGES) {
    throw new ConnectorError("permanent", `Facebook takes at most ${FACEBOOK_MAX_IMAGES} pictures in a post: remove ${media.length - FACEBOOK_MAX_IMAGES}, then schedule it again.`);
  }
  const page = graph.remoteAccountId;
  const refused = "the post";
  const fields = { fields: "id,permalink_url" };
  if (media.length === 1) {
    const photo = await graph.call<PostAnswer>({ path: `/${page}/photos`, body: photoForm(media[0]!, 0, { caption: text }), signal, refused });
    const postId = photo.post_id ?? photo.id;
    return { remoteId: postId, url: facebookPostUrl(graph.baseUrl, postId) };
  }
  const attached: { media_fbid: string }[] = [];
  for (const [index, picture] of media.entries()) {
    const photo = await graph.call<PostAnswer>({ path: `/${page}/photos`, body: photoForm(picture, index, { published: "false" }), signal, refused });
    attached.push({ media_fbid: photo.id });
  }
  const body = attached.length ? { message: text, attached_media: attached } : { message: text };
  const post = await graph.call<PostAnswer>({ path: `/${page}/feed`, query: fields, body, signal, refused });
  return { remoteId: post.id, url: facebookPostUrl(graph.baseUrl, post.id, post.permalink_url) };
}
