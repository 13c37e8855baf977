import type { ConnectorContext } from "../context.ts";
import type { FindRequest, RemotePost } from "../types.ts";
import { callMastodon, sessionFor } from "./api.ts";
import { mastodonError } from "./errors.ts";
import { comparableText, htmlToText } from "./html-text.ts";

interface TimelineStatus {
  id: string;
  created_at: string;
  url: string | null;
  uri: string;
  content: string;
  /** the source text: only some servers send it here (Mastodon itself only on delete) */
  text?: string | null;
}

const PAGE_SIZE = 40;
/** A publisher reconciles minutes after sending, not days: 400 posts back is plenty. */
const MAX_PAGES = 10;

/**
 * Looks for our post among the account's own recent statuses, newest first, paging back with
 * max_id until the posts are older than `since`. The Idempotency-Key cannot be asked about,
 * only re-sent (which would post), so the match is on the text: see html-text.ts for what
 * survives Mastodon's HTML. When several match, the oldest since `since` is taken: ours was
 * the first. A post of pictures alone matches any other picture-only post in the window.
 */
export async function findStatus(ctx: ConnectorContext, request: FindRequest): Promise<RemotePost | null> {
  const { connection, credentials } = await sessionFor(request.account);
  const wanted = comparableText(request.text);
  const since = request.since.getTime();
  let maxId: string | undefined;
  let found: TimelineStatus | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE), exclude_reblogs: "true", exclude_replies: "true" });
    if (maxId) query.set("max_id", maxId);
    const path = `/api/v1/accounts/${encodeURIComponent(credentials.remoteAccountId)}/statuses?${query.toString()}`;
    const response = await callMastodon(ctx, connection.baseUrl, credentials.accessToken, path);
    if (response.status !== 200) throw mastodonError(response, ctx.clock.now(), "the account's posts");
    const statuses = response.body as TimelineStatus[];
    let reachedSince = false;
    for (const status of statuses) {
      if (Date.parse(status.created_at) < since) {
        reachedSince = true;
        break;
      }
      const text = typeof status.text === "string" ? status.text : htmlToText(status.content);
      if (comparableText(text) === wanted) found = status;
    }
    if (reachedSince || statuses.length < PAGE_SIZE) break;
    maxId = statuses.at(-1)!.id;
  }
  return found ? { remoteId: found.id, url: found.url ?? found.uri } : null;
}
