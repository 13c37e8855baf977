import type { Context, Hono } from "hono";
import { authenticate, requirePageToken } from "./auth.ts";
import { pickFields } from "./fields.ts";
import { GraphFault, invalidParameter, noSuchObject, parseGraphTime, permissionDenied } from "./graph-response.ts";
import { fetchImage, sniffImage } from "./images.ts";
import { flag, type GraphParams, readParams, text } from "./params.ts";
import { postFields } from "./public-fields.ts";
import type { FakeFacebookPost, FakePage, MetaState } from "./state.ts";

/** Not in Meta's documentation; the figure commonly given for a page post. */
export const FACEBOOK_TEXT_LIMIT = 63_206;
/** Photos must be under 10 MB. */
const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
const MINUTE = 60_000;

function pageOf(state: MetaState, id: string, method: string): FakePage {
  const page = state.pages.get(id);
  if (!page) throw noSuchObject(id, method);
  return page;
}

function checkMessage(message: string | undefined): void {
  if (message !== undefined && message.length > FACEBOOK_TEXT_LIMIT) {
    throw invalidParameter(`The message is too long: a post can have at most ${FACEBOOK_TEXT_LIMIT} characters.`);
  }
}

/** published=false with scheduled_publish_time: between 10 minutes and 30 days from now. */
function scheduledTime(state: MetaState, params: GraphParams): Date | undefined {
  const value = text(params, "scheduled_publish_time");
  if (value === undefined) return undefined;
  if (flag(params, "published") !== false) throw invalidParameter("A post with scheduled_publish_time must be sent with published=false.");
  const at = parseGraphTime(value);
  const ahead = at ? at.getTime() - state.now().getTime() : NaN;
  if (!(ahead >= 10 * MINUTE && ahead <= 30 * 24 * 60 * MINUTE)) {
    throw invalidParameter("The specified scheduled publish time is invalid: it must be between 10 minutes and 30 days from the time of the request.");
  }
  return at!;
}

export function isVisible(state: MetaState, post: FakeFacebookPost): boolean {
  return !post.deleted && (post.published || (post.scheduledAt !== undefined && post.scheduledAt <= state.now()));
}

function newPost(state: MetaState, page: FakePage, fields: Omit<FakeFacebookPost, "id" | "pageId" | "createdAt" | "deleted">): FakeFacebookPost {
  const post: FakeFacebookPost = { id: `${page.id}_${state.nextId()}`, pageId: page.id, createdAt: state.now(), deleted: false, ...fields };
  state.posts.set(post.id, post);
  return post;
}

async function photoBytes(params: GraphParams, fetchImpl: typeof fetch): Promise<{ bytes: Uint8Array; contentType: string }> {
  const file = params.files.source;
  const url = text(params, "url");
  const bytes = file ? new Uint8Array(await file.arrayBuffer()) : url ? await fetchImage(fetchImpl, url) : null;
  if (!bytes) throw new GraphFault(400, { message: "(#324) Requires upload file", code: 324 });
  const format = sniffImage(bytes);
  if (!format) throw new GraphFault(400, { message: "(#324) Missing or invalid image file", code: 324 });
  if (bytes.byteLength >= PHOTO_MAX_BYTES) throw invalidParameter("The photo is too large: photos must be smaller than 10 MB.");
  return { bytes, contentType: `image/${format}` };
}

/** attached_media arrives as a JSON array, a JSON string, or form fields attached_media[0]. */
function attachedMedia(params: GraphParams): string[] {
  let raw: unknown = params.values.attached_media;
  if (raw === undefined) {
    raw = Object.entries(params.values)
      .filter(([key]) => /^attached_media\[\d+\]$/.test(key))
      .map(([, value]) => value);
    if ((raw as unknown[]).length === 0) return [];
  }
  const items = (typeof raw === "string" ? JSON.parse(raw) : raw) as unknown;
  if (!Array.isArray(items)) throw invalidParameter("attached_media must be an array of {media_fbid}.");
  return items.map((item: unknown) => {
    const parsed = (typeof item === "string" ? JSON.parse(item) : item) as { media_fbid?: unknown };
    if (typeof parsed?.media_fbid !== "string") throw invalidParameter("Each attached_media entry needs a media_fbid.");
    return parsed.media_fbid;
  });
}

export function pageRoutes(app: Hono, state: MetaState, fetchImpl: typeof fetch): void {
  app.get("/:id/accounts", async (c) => {
    const token = authenticate(state, c, await readParams(c));
    if (token.kind !== "user" || (c.req.param("id") !== "me" && c.req.param("id") !== token.userId)) {
      throw permissionDenied("A user access token is required to list the pages a person manages.");
    }
    const user = state.users.get(token.userId)!;
    const fields = c.req.query("fields");
    const data = user.pageIds.map((id) => {
      const page = state.pages.get(id)!;
      const all = { id: page.id, name: page.name, username: page.username, category: "Hospital", access_token: () => state.pageToken(token, page.id).token, tasks: ["ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"] };
      return pickFields(all, fields, ["id", "name", "access_token", "category", "tasks"]);
    });
    return c.json({ data, paging: { cursors: { before: "QVFIUjE", after: "QVFIUjI" } } });
  });

  app.post("/:id/photos", async (c) => {
    const params = await readParams(c);
    const token = authenticate(state, c, params);
    const page = pageOf(state, c.req.param("id"), "post");
    requirePageToken(token, page, "pages_manage_posts");
    const caption = text(params, "caption") ?? text(params, "message");
    checkMessage(caption);
    const scheduledAt = scheduledTime(state, params);
    const { bytes, contentType } = await photoBytes(params, fetchImpl);
    const published = flag(params, "published") !== false;
    const altText = text(params, "alt_text_custom");
    const photo = { id: state.nextId(), pageId: page.id, bytes, contentType, ...(altText !== undefined ? { altText } : {}), ...(caption !== undefined ? { caption } : {}), published, deleted: false };
    state.photos.set(photo.id, photo);
    if (!published && !scheduledAt) return c.json({ id: photo.id });
    const post = newPost(state, page, { ...(caption !== undefined ? { message: caption } : {}), photoIds: [photo.id], published, ...(scheduledAt ? { scheduledAt } : {}) });
    state.photos.set(photo.id, { ...photo, postId: post.id });
    return c.json({ id: photo.id, post_id: post.id });
  });

  app.post("/:id/feed", async (c) => {
    const params = await readParams(c);
    const token = authenticate(state, c, params);
    const page = pageOf(state, c.req.param("id"), "post");
    requirePageToken(token, page, "pages_manage_posts");
    const message = text(params, "message");
    const link = text(params, "link");
    const photoIds = attachedMedia(params);
    if (!message && !link && photoIds.length === 0) throw invalidParameter("Missing message or attachment");
    checkMessage(message);
    const scheduledAt = scheduledTime(state, params);
    for (const id of photoIds) {
      const photo = state.photos.get(id);
      if (!photo || photo.deleted || photo.pageId !== page.id || photo.published || photo.postId) throw invalidParameter(`Invalid media_fbid ${id}: not an unpublished photo of this page.`);
    }
    const latest = [...state.posts.values()].filter((p) => p.pageId === page.id && isVisible(state, p)).at(-1);
    if (message && latest?.message === message) throw new GraphFault(400, { message: "(#506) Duplicate status message", code: 506 });
    const published = flag(params, "published") !== false;
    const post = newPost(state, page, { ...(message !== undefined ? { message } : {}), ...(link ? { link } : {}), photoIds, published, ...(scheduledAt ? { scheduledAt } : {}) });
    for (const id of photoIds) state.photos.set(id, { ...state.photos.get(id)!, postId: post.id });
    return c.json(pickFields(postFields(state, c, post), c.req.query("fields"), ["id"]));
  });

  app.get("/:id/feed", async (c) => feed(c, state));
}

async function feed(c: Context, state: MetaState): Promise<Response> {
  authenticate(state, c, await readParams(c));
  const page = pageOf(state, c.req.param("id")!, "get");
  const since = c.req.query("since") ? parseGraphTime(c.req.query("since")!) : null;
  const until = c.req.query("until") ? parseGraphTime(c.req.query("until")!) : null;
  const limit = Math.min(Number(c.req.query("limit") ?? 25) || 25, 100);
  const posts = [...state.posts.values()]
    .filter((p) => p.pageId === page.id && isVisible(state, p))
    .map((p) => ({ post: p, at: p.scheduledAt ?? p.createdAt }))
    .filter(({ at }) => (!since || at >= since) && (!until || at <= until))
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, limit);
  const data = posts.map(({ post }) => pickFields(postFields(state, c, post), c.req.query("fields"), ["id", "message", "created_time"]));
  return c.json({ data, paging: { cursors: { before: "QVFIUjE", after: "QVFIUjI" } } });
}

