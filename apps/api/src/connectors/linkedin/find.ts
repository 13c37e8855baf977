import type { FindRequest, RemotePost } from "../types.ts";
import { postUrl, restHeaders, restUrl } from "./endpoints.ts";
import { linkedinFailure } from "./errors.ts";
import { unescapeLittleText } from "./little-text.ts";
import type { LinkedInSession } from "./session.ts";

interface ListedPost {
  id?: string;
  commentary?: string;
  createdAt?: number;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n/g, "\n").trim() === b.replace(/\r\n/g, "\n").trim();
}

/**
 * LinkedIn keeps no idempotency key, so our post is the organisation's recent post with
 * the same text made since the attempt began. Fifty of the latest is far more than an
 * official account publishes in the minutes a reconciliation looks back over.
 */
export async function findPost(session: LinkedInSession, request: FindRequest): Promise<RemotePost | null> {
  const { remoteAccountId } = await session.credentials();
  const query = new URLSearchParams({ author: remoteAccountId, q: "author", count: "50", sortBy: "LAST_MODIFIED" });
  const response = await session.call(restUrl(session.baseUrl, `/posts?${query.toString()}`), (token) => ({ headers: restHeaders(token) }));
  if (response.status !== 200) throw linkedinFailure(response, "the search for the post", session.now());
  const posts = (response.body as { elements?: ListedPost[] } | null)?.elements ?? [];
  const since = request.since.getTime();
  const match = posts.find(
    (post) => post.id && typeof post.commentary === "string" && (post.createdAt ?? 0) >= since && sameText(unescapeLittleText(post.commentary), request.text),
  );
  return match?.id ? { remoteId: match.id, url: postUrl(session.baseUrl, match.id) } : null;
}
