import type { Hono } from "hono";
import { html } from "hono/html";
import { fakeBase } from "../recorder.ts";
import type { BlueskyState } from "./state.ts";
import type { BlueskyEnv } from "./xrpc.ts";

interface PostImage {
  alt?: string;
  image?: { ref?: { $link?: string } };
}

/** bsky.app's post page, small: where a published post's link leads in the demo. */
export function pageRoutes(app: Hono<BlueskyEnv>, state: BlueskyState, prefix: string): void {
  app.get("/profile/:handle/post/:rkey", (c) => {
    const account = state.accountByIdentifier(c.req.param("handle"));
    const record = account && state.records.get(account.did)?.get(`app.bsky.feed.post/${c.req.param("rkey")}`);
    if (!account || !record) return c.html(html`<!doctype html><title>Post not found</title><p>Post not found. It may have been deleted.</p>`, 404);
    const base = fakeBase(c.req.url, prefix);
    const embed = record.value.embed as { images?: PostImage[] } | undefined;
    const images = (embed?.images ?? []).map(
      (image) => html`<img src="${base}/xrpc/com.atproto.sync.getBlob?did=${account.did}&cid=${image.image?.ref?.$link ?? ""}" alt="${image.alt ?? ""}" style="max-width:100%">`,
    );
    return c.html(
      html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>@${account.handle} on Bluesky (fake)</title></head>
<body><article><p><strong>@${account.handle}</strong> · ${String(record.value.createdAt)}</p><p style="white-space:pre-wrap">${String(record.value.text)}</p>${images}</article></body></html>`,
    );
  });
}
