import type { Context } from "hono";
import { loadAssetFor } from "../assets/service.ts";
import { renditionFor } from "../brand/branded.ts";
import { kitFor, kitOf } from "../brand/kit.ts";
import * as brandRepo from "../brand/repo.ts";
import { isPublishedMedia } from "../connectors/sandbox-repo.ts";
import type { Deps } from "../deps.ts";
import { AppError } from "../errors.ts";
import { httpError, signedIn } from "./http-errors.ts";

/**
 * Private: a shared cache must never hand one person's picture to another. The tag is the
 * content's hash, so a crop made again after the focal point moved is fetched at once, and
 * an unchanged one costs a 304.
 */
function image(c: Context, key: string, bytes: Buffer, contentType: string) {
  const etag = `"${key}"`;
  const headers = { "Cache-Control": "private, no-cache", ETag: etag, "X-Content-Type-Options": "nosniff" };
  if (c.req.header("if-none-match") === etag) return c.body(null, 304, headers);
  return c.body(new Uint8Array(bytes), 200, { ...headers, "Content-Type": contentType, "Content-Disposition": "inline" });
}

/** GET /api/assets/:id/:rendition: a sanitised rendition, to someone allowed to see the asset. There is no route to an original. */
export function assetMediaHandler(deps: Deps) {
  return async (c: Context) => {
    const who = await signedIn(deps, c);
    if ("refusal" in who) return who.refusal;
    const id = c.req.param("id") ?? "";
    try {
      await loadAssetFor(deps.db, who.user, id, "view");
    } catch (error) {
      if (error instanceof AppError) return httpError(c, 404, "NOT_FOUND", "There is no such picture.");
      throw error;
    }
    // As it goes out: wearing the kit of the account asked for (or a given kit version), else the organisation's.
    const kitId = c.req.query("kit");
    const kit = kitId ? await brandRepo.findKit(deps.db, kitId).then((row) => (row ? kitOf(row) : null)) : await kitFor(deps.db, c.req.query("account") ?? null);
    const rendition = await renditionFor(deps, id, c.req.param("rendition") ?? "", kit);
    if (!rendition) return httpError(c, 404, "NOT_FOUND", "There is no such size of this picture.");
    return image(c, rendition.key, rendition.bytes, rendition.contentType);
  };
}

/** GET /api/sandbox/media/:key: a picture as the sandbox platform shows it, while a post on it still carries it. */
export function sandboxMediaHandler(deps: Deps) {
  return async (c: Context) => {
    const who = await signedIn(deps, c);
    if ("refusal" in who) return who.refusal;
    const key = c.req.param("key") ?? "";
    if (!/^[0-9a-f]{64}$/.test(key) || !(await isPublishedMedia(deps.db, key))) return httpError(c, 404, "NOT_FOUND", "There is no such picture on the sandbox.");
    const bytes = await deps.storage.get(key);
    if (!bytes) return httpError(c, 404, "NOT_FOUND", "There is no such picture on the sandbox.");
    return image(c, key, bytes, "image/jpeg");
  };
}
