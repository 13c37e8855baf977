import type { UploadType } from "@gatehouse/policy";

export type Sniffed = { ok: true; type: UploadType } | { ok: false; looksLike: string };

const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

/** The file's type from its first bytes, never from its name or the browser's claim. */
export function sniff(head: Buffer): Sniffed {
  if (head.length === 0) return { ok: false, looksLike: "an empty file" };
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { ok: true, type: "jpeg" };
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { ok: true, type: "png" };
  if (head.subarray(0, 4).toString("latin1") === "RIFF" && head.subarray(8, 12).toString("latin1") === "WEBP") return { ok: true, type: "webp" };
  if (head.subarray(4, 8).toString("latin1") === "ftyp") {
    const brand = head.subarray(8, 12).toString("latin1");
    if (HEIC_BRANDS.has(brand)) return { ok: true, type: "heic" };
    if (brand === "avif" || brand === "avis") return { ok: false, looksLike: "an AVIF image" };
    return { ok: false, looksLike: "a video" };
  }
  const start = head.subarray(0, 512).toString("utf8").replace(/^\uFEFF/, "").trimStart();
  if (head.subarray(0, 6).toString("latin1").startsWith("GIF8")) return { ok: false, looksLike: "a GIF" };
  if (start.startsWith("%PDF")) return { ok: false, looksLike: "a PDF document" };
  if (/^<(\?xml|svg|!DOCTYPE svg)/i.test(start) || /<svg[\s>]/i.test(start)) return { ok: false, looksLike: "an SVG drawing" };
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return { ok: false, looksLike: "a zip file or office document" };
  if (head.subarray(0, 256).every((b) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b <= 0x7e))) return { ok: false, looksLike: "a text file" };
  return { ok: false, looksLike: "a file of a kind we cannot read" };
}
