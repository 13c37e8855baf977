import { RENDITIONS } from "@gatehouse/policy";
import type { Context } from "hono";
import { brands, kitOf } from "../brand/kit.ts";
import { LOGO_MAX_BYTES, LogoRefused, rasteriseLogo } from "../brand/logo.ts";
import { renderBranded } from "../brand/render.ts";
import * as repo from "../brand/repo.ts";
import { setLogo } from "../brand/service.ts";
import type { Deps } from "../deps.ts";
import { AppError } from "../errors.ts";
import { httpError, signedIn } from "./http-errors.ts";
import { readMultipartFile } from "./multipart-file.ts";
import sharp from "sharp";

/** POST /api/brand/logo (field "file", optional field "accountId"): a new logo makes a new kit version. */
export function brandLogoUploadHandler(deps: Deps) {
  return async (c: Context) => {
    const who = await signedIn(deps, c, "brand.manage");
    if ("refusal" in who) return who.refusal;
    const read = await readMultipartFile(c.req.raw.body, c.req.header("content-type"), "file", LOGO_MAX_BYTES);
    if (!read.ok) return httpError(c, read.status, read.code, read.message);
    try {
      const logo = await rasteriseLogo(read.name, read.bytes);
      return c.json(await setLogo(deps, who.user, read.fields.accountId || null, { name: read.name, ...logo }), 201);
    } catch (error) {
      if (error instanceof LogoRefused) return httpError(c, error.status, error.code, error.message);
      if (error instanceof AppError) return httpError(c, error.code === "NOT_FOUND" ? 404 : 400, error.code, error.message);
      throw error;
    }
  };
}

/** GET /api/brand/kits/:id/logo: a kit's logo, as stored (a PNG). */
export function brandLogoHandler(deps: Deps) {
  return async (c: Context) => {
    const who = await signedIn(deps, c);
    if ("refusal" in who) return who.refusal;
    const kit = await repo.findKit(deps.db, c.req.param("id") ?? "");
    const bytes = kit?.logo_key ? await deps.storage.get(kit.logo_key) : null;
    if (!bytes) return httpError(c, 404, "NOT_FOUND", "That kit has no logo.");
    return c.body(new Uint8Array(bytes), 200, { "Content-Type": "image/png", "Cache-Control": "private, max-age=86400, immutable", "X-Content-Type-Options": "nosniff" });
  };
}

/** GET /api/brand/kits/:id/preview/:rendition: the kit on a sample picture of that platform's size. */
export function brandPreviewHandler(deps: Deps) {
  return async (c: Context) => {
    const who = await signedIn(deps, c);
    if ("refusal" in who) return who.refusal;
    const row = await repo.findKit(deps.db, c.req.param("id") ?? "");
    const spec = RENDITIONS.find((r) => r.name === c.req.param("rendition") && r.platform !== null);
    if (!row || !spec) return httpError(c, 404, "NOT_FOUND", "There is no such kit or size.");
    const kit = kitOf(row);
    const sample = await sharp({ create: { width: spec.width, height: spec.height, channels: 3, background: "#d8dde0" } })
      .composite([{ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#41B6E6"/><stop offset="1" stop-color="#005EB8"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`) }])
      .jpeg()
      .toBuffer();
    const logo = kit.logo ? await deps.storage.get(kit.logo.key) : null;
    const out = brands(kit) ? (await renderBranded(sample, kit, logo, spec.platform)).data : sample;
    return c.body(new Uint8Array(out), 200, { "Content-Type": "image/jpeg", "Cache-Control": "private, max-age=86400, immutable" });
  };
}
