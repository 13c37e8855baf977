import type { AccountGraph } from "../meta/account-graph.ts";
import type { FindRequest, RemotePost } from "../types.ts";
import { facebookPostUrl } from "./post-url.ts";

interface FeedPost {
  id: string;
  message?: string;
  created_time?: string;
  permalink_url?: string;
}

/**
 * Meta keeps no idempotency key, so our post is the one on the page's feed, made since the
 * attempt began, whose text is ours. `since` is whole seconds, so it is rounded down.
 */
export async function findOnPage(graph: AccountGraph, { text, since }: FindRequest): Promise<RemotePost | null> {
  const sinceSeconds = Math.floor(since.getTime() / 1000);
  const feed = await graph.call<{ data?: FeedPost[] }>({
    path: `/${graph.remoteAccountId}/feed`,
    query: { since: String(sinceSeconds), fields: "id,message,created_time,permalink_url", limit: "100" },
    refused: "the request for the page's posts",
  });
  const ours = (feed.data ?? []).find(
    (post) => post.message?.trim() === text.trim() && (!post.created_time || Date.parse(post.created_time) >= sinceSeconds * 1000),
  );
  return ours ? { remoteId: ours.id, url: facebookPostUrl(graph.baseUrl, ours.id, ours.permalink_url) } : null;
}
