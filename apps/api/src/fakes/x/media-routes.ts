import type { Context, Hono } from "hono";
import { guard, type XEnv } from "./guard.ts";
import { IMAGE_TYPES, MEDIA_CATEGORIES, sniffImage } from "./image-bytes.ts";
import { invalidRequest } from "./problems.ts";
import { MAX_IMAGE_BYTES, type FakeMedia, type XFakeState } from "./state.ts";

const EXPIRES_AFTER_SECS = 86_400;
export const MAX_ALT_TEXT = 1000;

export interface ProcessingOptions {
  /** STATUS checks that answer "in_progress" before a picture is ready; 0 = ready at once, as images usually are */
  checks: number;
  checkAfterSecs: number;
}

function describe(media: FakeMedia, withProcessing: boolean, checkAfterSecs: number) {
  const processing =
    withProcessing && media.state !== "initialized"
      ? {
          processing_info: {
            state: media.state,
            ...(media.state === "pending" || media.state === "in_progress" ? { check_after_secs: checkAfterSecs } : {}),
            progress_percent: media.state === "succeeded" ? 100 : media.state === "in_progress" ? 50 : 0,
          },
        }
      : {};
  return { data: { id: media.id, media_key: media.mediaKey, size: media.totalBytes, expires_after_secs: EXPIRES_AFTER_SECS, ...processing } };
}

/** Finishes an upload: the segments in order must add up to the size promised, and be an image. */
function assemble(c: Context, media: FakeMedia, processing: ProcessingOptions): Response | null {
  const order = [...media.segments.keys()].sort((a, b) => a - b);
  if (order.some((index, i) => index !== i)) return invalidRequest(c, "Segments are missing: segment_index must run from 0 without gaps.", { segment_index: order.map(String) });
  const bytes = Buffer.concat(order.map((i) => media.segments.get(i)!));
  if (bytes.length !== media.totalBytes) return invalidRequest(c, "Segments do not add up to provided total file size.", { total_bytes: [String(media.totalBytes)] });
  if (!sniffImage(bytes)) return invalidRequest(c, "The media could not be read as an image of a supported type.", { media: [] });
  media.bytes = bytes;
  media.segments.clear();
  media.state = processing.checks > 0 ? "pending" : "succeeded";
  media.pollsLeft = processing.checks;
  return null;
}

async function readJson(c: Context): Promise<Record<string, unknown> | null> {
  if (!(c.req.header("content-type") ?? "").includes("application/json")) return null;
  const body: unknown = await c.req.json().catch(() => null);
  return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
}

async function fileBytes(value: unknown): Promise<Buffer | null> {
  if (value instanceof File) return Buffer.from(await value.arrayBuffer());
  return null;
}

/**
 * X's v2 media upload: chunked (initialize, append segments, finalize, STATUS while
 * processing), one-shot for images, and alt text through the metadata endpoint.
 */
export function registerMediaRoutes(app: Hono<XEnv>, state: XFakeState, processing: ProcessingOptions): void {
  const newMedia = (ownerId: string, mediaType: string, totalBytes: number): FakeMedia => {
    const id = state.newId();
    const media: FakeMedia = { id, mediaKey: `3_${id}`, ownerId, mediaType, totalBytes, segments: new Map(), state: "initialized", pollsLeft: 0 };
    state.media.set(id, media);
    return media;
  };
  const owned = (c: Context<XEnv>, id: string | undefined): FakeMedia | undefined => {
    const media = id ? state.media.get(id) : undefined;
    return media && media.ownerId === c.get("user").id ? media : undefined;
  };

  app.post("/2/media/upload/initialize", guard(state, "POST /2/media/upload/initialize", "media.write"), async (c) => {
    const body = await readJson(c);
    if (!body) return invalidRequest(c, "The request body must be JSON.");
    const { media_type: mediaType, total_bytes: totalBytes, media_category: category } = body;
    if (typeof mediaType !== "string" || !IMAGE_TYPES.includes(mediaType)) return invalidRequest(c, "media_type must be a supported image type.", { media_type: [String(mediaType)] });
    if (typeof category !== "string" || !MEDIA_CATEGORIES.includes(category)) return invalidRequest(c, "media_category is missing or unknown.", { media_category: [String(category)] });
    if (typeof totalBytes !== "number" || !Number.isInteger(totalBytes) || totalBytes < 1) return invalidRequest(c, "total_bytes must be a positive whole number.", { total_bytes: [String(totalBytes)] });
    if (totalBytes > MAX_IMAGE_BYTES) return invalidRequest(c, `Images can be at most ${MAX_IMAGE_BYTES} bytes.`, { total_bytes: [String(totalBytes)] });
    const media = newMedia(c.get("user").id, mediaType, totalBytes);
    return c.json({ data: { id: media.id, media_key: media.mediaKey, expires_after_secs: EXPIRES_AFTER_SECS } });
  });

  app.post("/2/media/upload/:id/append", guard(state, "POST /2/media/upload/:id/append", "media.write"), async (c) => {
    const media = owned(c, c.req.param("id"));
    if (!media || media.state !== "initialized") return invalidRequest(c, "The media id is not an upload in progress.", { id: [c.req.param("id")] });
    if (!(c.req.header("content-type") ?? "").includes("multipart/form-data")) return invalidRequest(c, "Segments must be sent as multipart/form-data.");
    const form = await c.req.parseBody();
    const index = Number(form.segment_index);
    if (typeof form.segment_index !== "string" || !Number.isInteger(index) || index < 0 || index > 999) return invalidRequest(c, "segment_index must be 0 to 999.", { segment_index: [typeof form.segment_index === "string" ? form.segment_index : ""] });
    const bytes = (await fileBytes(form.media)) ?? (typeof form.media_data === "string" ? Buffer.from(form.media_data, "base64") : null);
    if (!bytes || bytes.length === 0) return invalidRequest(c, "The segment has no media.", { media: [] });
    media.segments.set(index, bytes);
    const received = [...media.segments.values()].reduce((n, b) => n + b.length, 0);
    if (received > media.totalBytes) return invalidRequest(c, "Segments add up to more than total_bytes.", { total_bytes: [String(media.totalBytes)] });
    return c.json({ data: { expires_at: Math.floor(state.now().getTime() / 1000) + EXPIRES_AFTER_SECS } });
  });

  app.post("/2/media/upload/:id/finalize", guard(state, "POST /2/media/upload/:id/finalize", "media.write"), (c) => {
    const media = owned(c, c.req.param("id"));
    if (!media || media.state !== "initialized") return invalidRequest(c, "The media id is not an upload in progress.", { id: [c.req.param("id")] });
    const refused = assemble(c, media, processing);
    if (refused) return refused;
    return c.json(describe(media, processing.checks > 0, processing.checkAfterSecs));
  });

  app.get("/2/media/upload", guard(state, "GET /2/media/upload", "media.write"), (c) => {
    if (c.req.query("command") !== "STATUS") return invalidRequest(c, "command must be STATUS.", { command: [c.req.query("command") ?? ""] });
    const media = owned(c, c.req.query("media_id"));
    if (!media) return invalidRequest(c, "The media id is invalid.", { media_id: [c.req.query("media_id") ?? ""] });
    if (media.state === "pending" || media.state === "in_progress") {
      media.state = media.pollsLeft > 0 ? "in_progress" : "succeeded";
      media.pollsLeft = Math.max(0, media.pollsLeft - 1);
    }
    return c.json(describe(media, true, processing.checkAfterSecs));
  });

  app.post("/2/media/upload", guard(state, "POST /2/media/upload", "media.write"), async (c) => {
    const type = c.req.header("content-type") ?? "";
    let fields: Record<string, unknown>;
    let bytes: Buffer | null;
    if (type.includes("multipart/form-data")) {
      fields = await c.req.parseBody();
      bytes = await fileBytes(fields.media);
    } else {
      fields = (await readJson(c)) ?? {};
      bytes = typeof fields.media === "string" ? Buffer.from(fields.media, "base64") : null;
    }
    if (!bytes || bytes.length === 0) return invalidRequest(c, "media is required.", { media: [] });
    if (typeof fields.media_category !== "string" || !MEDIA_CATEGORIES.includes(fields.media_category)) return invalidRequest(c, "media_category is missing or unknown.", { media_category: [String(fields.media_category)] });
    if (bytes.length > MAX_IMAGE_BYTES) return invalidRequest(c, `Images can be at most ${MAX_IMAGE_BYTES} bytes.`, { media: [] });
    const sniffed = sniffImage(bytes);
    if (!sniffed) return invalidRequest(c, "The media could not be read as an image of a supported type.", { media: [] });
    const media = newMedia(c.get("user").id, typeof fields.media_type === "string" ? fields.media_type : sniffed, bytes.length);
    media.segments.set(0, bytes);
    assemble(c, media, { checks: 0, checkAfterSecs: 0 });
    return c.json(describe(media, false, 0));
  });

  app.post("/2/media/metadata", guard(state, "POST /2/media/metadata", "media.write"), async (c) => {
    const body = await readJson(c);
    const id = typeof body?.id === "string" ? body.id : undefined;
    const media = owned(c, id);
    if (!media || media.state === "initialized") return invalidRequest(c, "Your media ID is invalid.", { id: [String(id)] });
    const altText = (body?.metadata as { alt_text?: { text?: unknown } } | undefined)?.alt_text?.text;
    if (typeof altText !== "string") return invalidRequest(c, "metadata.alt_text.text is required.", { "metadata.alt_text.text": [] });
    if ([...altText].length > MAX_ALT_TEXT) return invalidRequest(c, `Alt text can be at most ${MAX_ALT_TEXT} characters.`, { "metadata.alt_text.text": [String([...altText].length)] });
    media.altText = altText;
    return c.json({ data: { id: media.id, associated_metadata: { alt_text: { text: altText } } } });
  });
}
