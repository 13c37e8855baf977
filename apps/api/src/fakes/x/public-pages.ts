import type { Hono } from "hono";
import { fakeBase } from "../recorder.ts";
import type { XEnv } from "./guard.ts";
import { escapeHtml, page } from "./html.ts";
import type { XFakeState } from "./state.ts";

/**
 * What a person following a post link sees: the post at /{username}/status/{id}, with its
 * pictures served from /media/{id}, so the demo's "view on X" links lead somewhere real.
 */
export function registerPublicPages(app: Hono<XEnv>, state: XFakeState, prefix: string): void {
  app.get("/media/:id", (c) => {
    const media = state.media.get(c.req.param("id"));
    if (!media?.bytes) return c.text("Not found", 404);
    return c.body(new Uint8Array(media.bytes), 200, { "content-type": media.mediaType, "cache-control": "no-store" });
  });

  app.get("/:username/status/:id", (c) => {
    const tweet = state.tweets.get(c.req.param("id"));
    const author = tweet ? state.users.get(tweet.authorId) : undefined;
    if (!tweet || !author || author.username.toLowerCase() !== c.req.param("username").toLowerCase()) {
      return c.html(page("Post not found - X (fake)", "<h1>Hmm… this page doesn’t exist.</h1>"), 404);
    }
    if (tweet.deletedAt) return c.html(page("Post deleted - X (fake)", "<h1>This post was deleted by the post author.</h1>"), 404);
    const base = fakeBase(c.req.url, prefix);
    const images = tweet.mediaIds
      .map((id) => state.media.get(id))
      .map((m) => (m ? `<img src="${escapeHtml(`${base}/media/${m.id}`)}" alt="${escapeHtml(m.altText ?? "")}">` : ""))
      .join("\n");
    return c.html(
      page(
        `@${author.username} on X (fake)`,
        `<article>
<p><strong>${escapeHtml(author.name)}</strong> @${escapeHtml(author.username)}</p>
<p style="white-space:pre-wrap">${escapeHtml(tweet.text)}</p>
${images}
<p><time datetime="${tweet.createdAt.toISOString()}">${tweet.createdAt.toUTCString()}</time></p>
</article>`,
      ),
    );
  });
}
