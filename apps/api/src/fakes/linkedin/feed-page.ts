import type { Hono } from "hono";
import { fakeBase } from "../recorder.ts";
import { escapeHtml } from "./authorize-page.ts";
import { readLittleText } from "./little-text.ts";
import type { LinkedInEnv } from "./restli.ts";
import type { LinkedInState } from "./state.ts";

/** The public page of a post, www.linkedin.com/feed/update/{urn}/, as a tiny HTML page. */
export function mountFeedPage(app: Hono<LinkedInEnv>, state: LinkedInState, prefix: string): void {
  app.get("/feed/update/:urn/", (c) => {
    const post = state.livePosts().find((candidate) => candidate.id === c.req.param("urn"));
    if (!post) return c.html(`<!doctype html><html lang="en-GB"><body><p>This post cannot be displayed.</p></body></html>`, 404);
    const organization = state.organizations.get(Number(post.author.split(":").pop()));
    const base = fakeBase(c.req.url, prefix);
    const pictures = post.images
      .map((image) => {
        const key = state.images.get(image.id)?.key;
        return key ? `<img src="${base}/media/${escapeHtml(key)}" alt="${escapeHtml(image.altText ?? "")}" width="320">` : "";
      })
      .join("");
    return c.html(`<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8"><title>${escapeHtml(organization?.localizedName ?? post.author)} on LinkedIn (fake)</title></head>
  <body>
    <article>
      <h1>${escapeHtml(organization?.localizedName ?? post.author)}</h1>
      <p style="white-space: pre-wrap">${escapeHtml(readLittleText(post.commentary))}</p>
      ${pictures}
      <p><small>${escapeHtml(post.id)} · ${new Date(post.createdAt).toISOString()}</small></p>
    </article>
  </body>
</html>`);
  });
}
