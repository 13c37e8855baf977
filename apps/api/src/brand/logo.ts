import sharp, { type SharpOptions } from "sharp";
import { sniff } from "../media/sniff.ts";

/** A logo that cannot be used, with the words to say why. */
export class LogoRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "LogoRefused";
  }
}

export const LOGO_MAX_BYTES = 5 * 1024 * 1024;
/** Logos are rasterised this wide at most: larger than any placement ever needs. */
const LOGO_SIDE = 1200;

/**
 * An SVG may run script, load other files or pull in entities when it is drawn: a logo gets
 * none of that. Only drawing instructions and in-file references are accepted.
 */
export function unsafeSvg(text: string): string | null {
  if (/<script[\s>]/i.test(text)) return "it contains a script";
  if (/\son[a-z]+\s*=/i.test(text)) return "it contains event handlers";
  if (/<!ENTITY|<!DOCTYPE[^>]*(SYSTEM|PUBLIC|\[)/i.test(text)) return "it declares entities or an external document type";
  if (/<foreignObject[\s>]/i.test(text)) return "it embeds other documents";
  for (const match of text.matchAll(/(?:xlink:)?href\s*=\s*["']\s*([^"']*)["']/gi)) {
    if (!match[1]!.startsWith("#")) return `it refers to another file (${match[1]!.slice(0, 60)})`;
  }
  if (/url\(\s*['"]?\s*(?!#)[^)]/i.test(text) || /@import/i.test(text)) return "its styles load other files";
  return null;
}

/** Any logo (PNG, JPEG, WebP, or a safe SVG) becomes a PNG with its transparency, at most 1,200 pixels wide. */
export async function rasteriseLogo(name: string, bytes: Buffer): Promise<{ png: Buffer; width: number; height: number }> {
  if (bytes.length === 0) throw new LogoRefused(400, "EMPTY_FILE", `"${name}" is empty (0 bytes).`);
  const head = bytes.subarray(0, 512);
  const sniffed = sniff(head);
  let input: Buffer;
  let options: SharpOptions = { limitInputPixels: 50_000_000, failOn: "error" };
  if (sniffed.ok && sniffed.type !== "heic") {
    input = bytes;
  } else if (!sniffed.ok && sniffed.looksLike === "an SVG drawing") {
    const problem = unsafeSvg(bytes.toString("utf8"));
    if (problem) throw new LogoRefused(400, "UNSAFE_SVG", `"${name}" cannot be used as a logo: ${problem}. Export a plain SVG or a PNG.`);
    input = bytes;
    options = { ...options, density: 300 };
  } else {
    throw new LogoRefused(415, "NOT_AN_IMAGE", `"${name}" is ${sniffed.ok ? "a HEIC photo" : sniffed.looksLike}, not a logo. Upload a PNG or an SVG.`);
  }
  try {
    const { data, info } = await sharp(input, options)
      .resize(LOGO_SIDE, LOGO_SIDE, { fit: "inside", withoutEnlargement: true })
      .ensureAlpha()
      .png()
      .toBuffer({ resolveWithObject: true });
    return { png: data, width: info.width, height: info.height };
  } catch {
    throw new LogoRefused(400, "DAMAGED_FILE", `"${name}" could not be read as a picture. Export the logo again as PNG or SVG.`);
  }
}
