import type { FindRequest, RemotePost } from "../types.ts";
import { xError } from "./errors.ts";
import type { XSession } from "./session.ts";
import { sameText } from "./text-match.ts";
import { postUrl } from "./urls.ts";

/** 5 pages of 100 is far more than an account posts between an attempt and its check */
const MAX_PAGES = 5;

interface TimelinePage {
  data?: { id: string; text: string; created_at?: string }[];
  meta?: { next_token?: string };
}

/** X takes start_time to the second; anything finer it may refuse. */
function toSecond(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 1000) * 1000);
}

/**
 * X keeps no idempotency key, so our post is found by its text among the account's own
 * posts since the attempt began. The oldest match is ours: X refuses an identical text
 * while the first is live, so a second one cannot be a resend of ours.
 */
export async function findPost(session: XSession, request: FindRequest): Promise<RemotePost | null> {
  const { remoteAccountId } = await session.credentials();
  const since = toSecond(request.since);
  const matches: { id: string }[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({ start_time: since.toISOString().replace(".000Z", "Z"), max_results: "100", "tweet.fields": "created_at,text" });
    if (token) query.set("pagination_token", token);
    const response = await session.call(`/2/users/${encodeURIComponent(remoteAccountId)}/tweets?${query.toString()}`, { method: "GET" });
    if (response.status !== 200) throw xError(response, "to list the account's posts", session.now);
    const body = (response.body ?? {}) as TimelinePage;
    for (const tweet of body.data ?? []) {
      const at = tweet.created_at ? Date.parse(tweet.created_at) : NaN;
      if (Number.isFinite(at) && at < since.getTime()) continue;
      if (sameText(request.text, tweet.text)) matches.push(tweet);
    }
    token = body.meta?.next_token;
    if (!token) break;
  }
  const oldest = matches.at(-1);
  return oldest ? { remoteId: oldest.id, url: postUrl(session.baseUrl, await session.username(), oldest.id) } : null;
}
