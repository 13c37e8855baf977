import type { AccountGraph } from "../meta/account-graph.ts";
import type { FindRequest, RemotePost } from "../types.ts";
import { profileUrl } from "./publish.ts";

interface MediaItem {
  id: string;
  caption?: string;
  timestamp?: string;
  permalink?: string;
}

/** No idempotency key on Instagram: our post is a recent one, made since the attempt began, with our caption. */
export async function findOnInstagram(graph: AccountGraph, { text, since }: FindRequest): Promise<RemotePost | null> {
  const sinceMs = Math.floor(since.getTime() / 1000) * 1000;
  const recent = await graph.call<{ data?: MediaItem[] }>({
    path: `/${graph.remoteAccountId}/media`,
    query: { fields: "id,caption,timestamp,permalink", limit: "50" },
    refused: "the request for the account's posts",
  });
  const ours = (recent.data ?? []).find((item) => item.caption?.trim() === text.trim() && item.timestamp !== undefined && Date.parse(item.timestamp) >= sinceMs);
  return ours ? { remoteId: ours.id, url: ours.permalink ?? profileUrl(graph) } : null;
}
