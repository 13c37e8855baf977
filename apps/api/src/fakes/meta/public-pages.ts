import type { Context, Hono } from "hono";
import { escapeHtml, htmlPage } from "./html.ts";
import { isVisible } from "./page-routes.ts";
import type { MetaState } from "./state.ts";

function picture(src: string, alt: string | undefined): string {
  return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(alt ?? "")}"><figcaption>Alt text: ${escapeHtml(alt ?? "(none)")}</figcaption></figure>`;
}

/** What people see at the addresses the fake hands out: small pages, and the pictures as stored. */
export function publicPages(app: Hono, state: MetaState): void {
  const root = state.prefix;
  app.get("/posts/:id", (c) => {
    const post = state.posts.get(c.req.param("id"));
    if (!post || !isVisible(state, post)) return c.html(htmlPage("Not found", "<h1>This content isn't available</h1>"), 404);
    const page = state.pages.get(post.pageId)!;
    const photos = post.photoIds.map((id) => picture(`${root}/files/photo/${id}`, state.photos.get(id)?.altText)).join("");
    return c.html(htmlPage(page.name, `<h1>${escapeHtml(page.name)}</h1><p style="white-space:pre-wrap">${escapeHtml(post.message ?? "")}</p>${photos}`));
  });

  const instagramPost = (c: Context) => {
    const media = [...state.media.values()].find((m) => m.shortcode === c.req.param("shortcode"));
    if (!media) return c.html(htmlPage("Not found", "<h1>Sorry, this page isn't available.</h1>"), 404);
    const user = state.igUsers.get(media.igUserId)!;
    const pictures = media.pictures.map((p, i) => picture(`${root}/files/media/${media.id}/${i}`, p.altText)).join("");
    return c.html(htmlPage(`@${user.username}`, `<h1>@${escapeHtml(user.username)}</h1>${pictures}<p style="white-space:pre-wrap">${escapeHtml(media.caption ?? "")}</p>`));
  };
  // Instagram's permalinks end in a slash.
  app.get("/p/:shortcode", instagramPost);
  app.get("/p/:shortcode/", instagramPost);

  app.get("/instagram/:username", (c) => {
    const user = [...state.igUsers.values()].find((u) => u.username === c.req.param("username"));
    if (!user) return c.html(htmlPage("Not found", "<h1>Sorry, this page isn't available.</h1>"), 404);
    const links = [...state.media.values()]
      .filter((m) => m.igUserId === user.id)
      .map((m) => `<li><a href="${root}/p/${m.shortcode}/">${escapeHtml((m.caption ?? "").slice(0, 80))}</a></li>`)
      .join("");
    return c.html(htmlPage(`@${user.username}`, `<h1>@${escapeHtml(user.username)}</h1><ul>${links}</ul>`));
  });

  app.get("/files/photo/:id", (c) => {
    const photo = state.photos.get(c.req.param("id"));
    if (!photo || photo.deleted) return c.notFound();
    return c.body(new Uint8Array(photo.bytes), 200, { "content-type": photo.contentType });
  });

  app.get("/files/media/:id/:index", (c) => {
    const bytes = state.media.get(c.req.param("id"))?.pictures[Number(c.req.param("index"))]?.bytes;
    if (!bytes) return c.notFound();
    return c.body(new Uint8Array(bytes), 200, { "content-type": "image/jpeg" });
  });
}
