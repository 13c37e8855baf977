import type { Sharp } from "sharp";

const QUALITIES = [85, 75, 65, 55];

/** A JPEG at the best quality that fits the platform's byte limit (Bluesky takes 1 MB). */
export async function jpegWithin(image: Sharp, maxBytes: number | null): Promise<{ data: Buffer; width: number; height: number }> {
  let last: { data: Buffer; width: number; height: number } | null = null;
  for (const quality of QUALITIES) {
    const { data, info } = await image.clone().jpeg({ quality }).toBuffer({ resolveWithObject: true });
    last = { data, width: info.width, height: info.height };
    if (maxBytes === null || data.length <= maxBytes) return last;
  }
  return last!;
}
