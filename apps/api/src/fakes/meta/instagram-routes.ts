import type { Context, Hono } from "hono";
import { authenticate, requireInstagramAccess } from "./auth.ts";
import { pickFields } from "./fields.ts";
import { GraphFault, invalidParameter, noSuchObject } from "./graph-response.ts";
import { fetchImage, imageSize, sniffImage } from "./images.ts";
import { flag, type GraphParams, readParams, text } from "./params.ts";
import { containerStatus, mediaFields } from "./public-fields.ts";
import type { FakeContainer, FakeIgUser, MetaState } from "./state.ts";

export const INSTAGRAM_CAPTION_LIMIT = 2200;
const HASHTAG_LIMIT = 30;
const MENTION_LIMIT = 20;
const ALT_TEXT_LIMIT = 1000;
const IMAGE_MAX_BYTES = 8 * 1024 * 1024;
const CAROUSEL_MAX = 10;
const DAY = 24 * 3_600_000;

export interface InstagramOptions {
  fetch: typeof fetch;
  /** status checks answered IN_PROGRESS before a container is FINISHED */
  pollsUntilFinished: number;
  /** API-published posts allowed in a rolling 24 hours (Meta's pages say 100, and elsewhere 50) */
  publishingQuota: number;
}

function igUserOf(state: MetaState, c: Context, token: ReturnType<typeof authenticate>, scope: string): FakeIgUser {
  const id = c.req.param("id")!;
  const user = state.igUsers.get(id);
  if (!user) throw noSuchObject(id, c.req.method);
  requireInstagramAccess(state, token, user.pageId, scope);
  return user;
}

function checkCaption(caption: string | undefined): void {
  if (caption === undefined) return;
  if (caption.length > INSTAGRAM_CAPTION_LIMIT) throw invalidParameter(`The caption is too long: Instagram allows at most ${INSTAGRAM_CAPTION_LIMIT} characters.`);
  if ((caption.match(/#[\p{L}\p{N}_]+/gu) ?? []).length > HASHTAG_LIMIT) throw invalidParameter(`The caption has too many hashtags: Instagram allows at most ${HASHTAG_LIMIT}.`);
  if ((caption.match(/@[\w.]+/g) ?? []).length > MENTION_LIMIT) throw invalidParameter(`The caption mentions too many accounts: Instagram allows at most ${MENTION_LIMIT}.`);
}

function mediaError(code: number, subcode: number, message: string, userMessage: string): GraphFault {
  return new GraphFault(400, { message, code, subcode, isTransient: false, userMessage });
}

/** Instagram fetches the picture from image_url itself and takes only JPEGs under 8 MB, between 4:5 and 1.91:1. */
async function fetchPicture(url: string, fetchImpl: typeof fetch): Promise<Uint8Array> {
  const bytes = await fetchImage(fetchImpl, url);
  if (!bytes) throw mediaError(9004, 2207052, "Media download has failed. The media URI doesn't meet our requirements.", `The picture at ${url} could not be fetched.`);
  if (sniffImage(bytes) !== "jpeg") throw mediaError(36001, 2207005, "The image format is not supported.", "Only JPEG pictures can be published.");
  if (bytes.byteLength > IMAGE_MAX_BYTES) throw mediaError(36000, 2207004, "The image size is too large.", "The image is too large to download. It should be less than 8 MiB.");
  const size = await imageSize(bytes);
  const ratio = size ? size.width / size.height : 0;
  if (ratio < 0.8 || ratio > 1.91) {
    throw mediaError(36003, 2207009, "The aspect ratio is not supported.", "The submitted image's aspect ratio cannot be published: it must be between 4:5 and 1.91:1.");
  }
  return bytes;
}

function carouselChildren(state: MetaState, user: FakeIgUser, params: GraphParams): string[] {
  const raw = params.values.children;
  const ids = Array.isArray(raw) ? raw.map(String) : (text(params, "children") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (ids.length < 2 || ids.length > CAROUSEL_MAX) throw invalidParameter(`A carousel needs between 2 and ${CAROUSEL_MAX} children.`);
  for (const id of ids) {
    const child = state.containers.get(id);
    if (!child || child.igUserId !== user.id || !child.isCarouselItem) throw invalidParameter(`The child ${id} is not a carousel item container of this account.`);
    const status = containerStatus(state, child, false);
    if (status === "ERROR" || status === "EXPIRED") throw invalidParameter(`The child ${id} cannot be used: its status is ${status}.`);
  }
  return ids;
}

function publishedInLastDay(state: MetaState, user: FakeIgUser): number {
  const dayAgo = state.now().getTime() - DAY;
  return [...state.media.values()].filter((m) => m.igUserId === user.id && m.timestamp.getTime() > dayAgo).length;
}

export function instagramRoutes(app: Hono, state: MetaState, options: InstagramOptions): void {
  app.post("/:id/media", async (c) => {
    const params = await readParams(c);
    const user = igUserOf(state, c, authenticate(state, c, params), "instagram_content_publish");
    const caption = text(params, "caption");
    const altText = text(params, "alt_text");
    const isCarouselItem = flag(params, "is_carousel_item") === true;
    const mediaType = text(params, "media_type") === "CAROUSEL" ? "CAROUSEL" : "IMAGE";
    if (text(params, "media_type") && !["CAROUSEL", "IMAGE"].includes(text(params, "media_type")!)) {
      throw invalidParameter("This fake Instagram takes pictures and carousels only.");
    }
    checkCaption(isCarouselItem ? undefined : caption);
    if (altText !== undefined && altText.length > ALT_TEXT_LIMIT) throw invalidParameter(`The alt text is too long: at most ${ALT_TEXT_LIMIT} characters.`);
    const container: FakeContainer = {
      id: state.nextId(),
      igUserId: user.id,
      mediaType,
      isCarouselItem,
      ...(caption !== undefined && !isCarouselItem ? { caption } : {}),
      ...(altText !== undefined ? { altText } : {}),
      children: [],
      createdAt: state.now(),
      pollsLeft: options.pollsUntilFinished,
      outcome: "FINISHED",
      published: false,
    };
    if (mediaType === "CAROUSEL") {
      container.children = carouselChildren(state, user, params);
    } else {
      const imageUrl = text(params, "image_url");
      if (!imageUrl) throw invalidParameter("The parameter image_url is required.");
      container.imageUrl = imageUrl;
      container.image = await fetchPicture(imageUrl, options.fetch);
    }
    if (state.failingContainers > 0) {
      state.failingContainers--;
      container.outcome = "ERROR";
    }
    state.containers.set(container.id, container);
    return c.json({ id: container.id });
  });

  app.post("/:id/media_publish", async (c) => {
    const params = await readParams(c);
    const user = igUserOf(state, c, authenticate(state, c, params), "instagram_content_publish");
    const creationId = text(params, "creation_id");
    const container = creationId ? state.containers.get(creationId) : undefined;
    if (!container || container.igUserId !== user.id) throw invalidParameter("The parameter creation_id is required and must be a container of this account.");
    if (container.isCarouselItem) throw invalidParameter("A carousel item is published through its carousel container.");
    const status = containerStatus(state, container, false);
    if (status === "EXPIRED") throw mediaError(-2, 2207020, "The media you are trying to access has expired. Please try to upload again.", "The container expired: make a new one.");
    if (status === "PUBLISHED") throw invalidParameter("This container has already been published.");
    if (status !== "FINISHED") throw mediaError(9007, 2207027, "Media ID is not available", "The media is not ready for publishing, please wait for a moment");
    if (publishedInLastDay(state, user) >= options.publishingQuota) {
      throw mediaError(9, 2207042, "Application request limit reached", "You reached maximum number of posts that is allowed to be published by Content Publishing API.");
    }
    container.published = true;
    const pictures = (container.mediaType === "CAROUSEL" ? container.children.map((id) => state.containers.get(id)!) : [container]).map((p) => ({
      ...(p.altText !== undefined ? { altText: p.altText } : {}),
      bytes: p.image!,
    }));
    const media = {
      id: state.nextId(),
      igUserId: user.id,
      containerId: container.id,
      ...(container.caption !== undefined ? { caption: container.caption } : {}),
      timestamp: state.now(),
      shortcode: state.shortcode(),
      mediaType: container.mediaType === "CAROUSEL" ? ("CAROUSEL_ALBUM" as const) : ("IMAGE" as const),
      pictures,
    };
    state.media.set(media.id, media);
    return c.json({ id: media.id });
  });

  app.get("/:id/media", async (c) => {
    const user = igUserOf(state, c, authenticate(state, c, await readParams(c)), "instagram_basic");
    const limit = Math.min(Number(c.req.query("limit") ?? 25) || 25, 100);
    const data = [...state.media.values()]
      .filter((m) => m.igUserId === user.id)
      .sort((a, b) => b.timestamp.getTime() - a.timestamp.getTime())
      .slice(0, limit)
      .map((m) => pickFields(mediaFields(state, c, m), c.req.query("fields"), ["id"]));
    return c.json({ data, paging: { cursors: { before: "QVFIUjE", after: "QVFIUjI" } } });
  });

  app.get("/:id/content_publishing_limit", async (c) => {
    const user = igUserOf(state, c, authenticate(state, c, await readParams(c)), "instagram_basic");
    return c.json({ data: [{ quota_usage: publishedInLastDay(state, user), config: { quota_total: options.publishingQuota, quota_duration: 86_400 } }] });
  });
}
