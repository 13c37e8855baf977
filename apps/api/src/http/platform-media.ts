import type { Context } from "hono";
import { verifyMediaSignature } from "../connections/public-media.ts";
import type { Deps } from "../deps.ts";
import { sniff } from "../media/sniff.ts";
import { httpError } from "./http-errors.ts";

/**
 * GET /api/platform-media/:key?expires&sig: one picture a platform fetches for itself
 * (Instagram takes an image URL, not bytes). No session: the signature is the permission,
 * and it runs out.
 */
export function platformMediaHandler(deps: Deps) {
  return async (c: Context) => {
    const key = c.req.param("key") ?? "";
    const expires = Number(c.req.query("expires"));
    const sig = c.req.query("sig") ?? "";
    if (!/^[0-9a-f]{64}$/.test(key) || !verifyMediaSignature(deps, key, expires, sig)) {
      return httpError(c, 404, "NOT_FOUND", "This picture link is not valid or has expired.");
    }
    const bytes = await deps.storage.get(key);
    if (!bytes) return httpError(c, 404, "NOT_FOUND", "This picture link is not valid or has expired.");
    const kind = sniff(bytes);
    const type = kind.ok ? `image/${kind.type}` : "application/octet-stream";
    return c.body(new Uint8Array(bytes), 200, { "content-type": type, "cache-control": "private, max-age=3600" });
  };
}
