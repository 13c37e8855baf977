import type { Hono } from "hono";
import sharp from "sharp";
import { fakeBase } from "../recorder.ts";
import { mediaJson } from "./entities.ts";
import { auth, faults, rateLimit, type MastodonEnv } from "./guards.ts";
import { readParams } from "./params.ts";
import type { MastodonFakeState } from "./state.ts";

export const SUPPORTED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/gif", "image/heic", "image/heif", "image/webp", "image/avif"];

const SHARP_FORMATS: Record<string, string[]> = {
  "image/jpeg": ["jpeg"],
  "image/png": ["png"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "image/heic": ["heif"],
  "image/heif": ["heif"],
  "image/avif": ["heif", "avif"],
};

function refused(message: string) {
  return { error: `Validation failed: ${message}` };
}

/** POST /api/v2/media (200 when processed at once, 202 while processing) and GET /api/v1/media/:id (206 until ready). */
export function mediaRoutes(app: Hono<MastodonEnv>, state: MastodonFakeState, prefix: string): void {
  app.post("/api/v2/media", faults(state, "media_upload"), auth(state, ["write:media"]), rateLimit(state), async (c) => {
    const params = await readParams(c.req.raw);
    const file = params.file("file");
    if (!file) return c.json(refused("File can't be blank"), 422);
    const description = params.get("description") ?? null;
    if (description !== null && description.length > state.limits.descriptionLimit) {
      return c.json(refused(`Description is too long (maximum is ${state.limits.descriptionLimit} characters)`), 422);
    }
    if (!SUPPORTED_IMAGE_TYPES.includes(file.type)) return c.json(refused("File content type is invalid, File is invalid"), 422);
    if (file.size > state.limits.imageSizeLimit) {
      return c.json(refused(`File file size must be less than ${Math.round(state.limits.imageSizeLimit / 1024 / 1024)} MB`), 422);
    }
    const bytes = Buffer.from(await file.arrayBuffer());
    const metadata = await sharp(bytes)
      .metadata()
      .catch(() => null);
    if (!metadata?.width || !metadata.height) return c.json(refused("File could not be processed"), 422);
    if (!SHARP_FORMATS[file.type]!.includes(metadata.format)) return c.json(refused("File has contents that are not what they are reported to be"), 422);

    const processLater = state.forcedAsyncUploads > 0 || bytes.length > state.limits.asyncAboveBytes;
    if (state.forcedAsyncUploads > 0) state.forcedAsyncUploads -= 1;
    const media = {
      id: state.nextId(),
      accountId: c.get("account").id,
      bytes,
      contentType: file.type,
      width: metadata.width,
      height: metadata.height,
      description,
      statusId: null,
      pollsUntilReady: processLater ? Math.max(1, state.limits.processingPolls) : 0,
    };
    state.media.set(media.id, media);
    return c.json(mediaJson(media, fakeBase(c.req.url, prefix)), processLater ? 202 : 200);
  });

  app.get("/api/v1/media/:id", faults(state, "media_show"), auth(state, ["write:media"]), rateLimit(state), (c) => {
    const media = state.media.get(c.req.param("id"));
    if (!media || media.accountId !== c.get("account").id) return c.json({ error: "Record not found" }, 404);
    if (media.pollsUntilReady > 0) {
      media.pollsUntilReady -= 1;
      return c.json({ ...mediaJson(media, fakeBase(c.req.url, prefix)), url: null }, 206);
    }
    return c.json(mediaJson(media, fakeBase(c.req.url, prefix)), 200);
  });

  app.put("/api/v1/media/:id", auth(state, ["write:media"]), rateLimit(state), async (c) => {
    const media = state.media.get(c.req.param("id"));
    if (!media || media.accountId !== c.get("account").id || media.statusId) return c.json({ error: "Record not found" }, 404);
    const description = (await readParams(c.req.raw)).get("description");
    if (description !== undefined) {
      if (description.length > state.limits.descriptionLimit) return c.json(refused(`Description is too long (maximum is ${state.limits.descriptionLimit} characters)`), 422);
      media.description = description;
    }
    return c.json(mediaJson(media, fakeBase(c.req.url, prefix)), media.pollsUntilReady > 0 ? 206 : 200);
  });

  // The files themselves, as the instance's media host would serve them.
  app.get("/system/media_attachments/files/:id/:size/:name", (c) => {
    const media = state.media.get(c.req.param("id"));
    if (!media) return c.text("Not Found", 404);
    return c.body(new Uint8Array(media.bytes), 200, { "content-type": media.contentType });
  });
}
