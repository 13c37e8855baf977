import { logoBox, PLATFORM_MEDIA_LIMITS, strapHeight, type BrandStrap, type Platform } from "@gatehouse/policy";
import sharp, { type OverlayOptions } from "sharp";
import { jpegWithin } from "../media/encode.ts";
import type { Kit } from "./kit.ts";

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The strap: a band of the kit's colour across the bottom, its text in the kit's text colour. */
function strapSvg(width: number, height: number, strap: BrandStrap): Buffer {
  const size = Math.round(height * 0.45);
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${strap.background}"/>` +
      `<text x="${Math.round(height * 0.4)}" y="${Math.round(height * 0.66)}" font-size="${size}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-weight="bold" fill="${strap.textColour}">${escapeXml(strap.text)}</text></svg>`,
  );
}

/**
 * A platform rendition wearing the kit: the strap along the bottom, the logo in its corner
 * with its clear space, at the size the kit says and never larger than the logo file.
 */
export async function renderBranded(base: Buffer, kit: Kit, logo: Buffer | null, platform: Platform | null): Promise<{ data: Buffer; width: number; height: number }> {
  const image = sharp(base);
  const { width, height } = await image.metadata();
  const size = { width, height };
  const overlays: OverlayOptions[] = [];
  if (kit.layout.strap) overlays.push({ input: strapSvg(width, strapHeight(size), kit.layout.strap), left: 0, top: height - strapHeight(size) });
  const box = kit.logo && logo ? logoBox(size, kit.layout, kit.logo) : null;
  if (box && logo) overlays.push({ input: await sharp(logo).resize(box.width, box.height, { fit: "fill" }).png().toBuffer(), left: box.left, top: box.top });
  return jpegWithin(image.composite(overlays), platform ? PLATFORM_MEDIA_LIMITS[platform].maxBytes : null);
}
