import type { FakeBlob } from "./state.ts";

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** The rkey syntax app.bsky.feed.post requires: a TID. */
export const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

export type RecordProblem = { error: "InvalidRequest" | "BlobNotFound"; message: string };

interface BlobLike {
  $type?: unknown;
  ref?: { $link?: unknown };
  mimeType?: unknown;
  size?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function invalid(message: string): RecordProblem {
  return { error: "InvalidRequest", message: `Invalid app.bsky.feed.post record: ${message}` };
}

function checkImages(embed: Record<string, unknown>, findBlob: (cid: string) => FakeBlob | undefined, maxImageBytes: number): RecordProblem | null {
  const images = embed.images;
  if (!Array.isArray(images)) return invalid('Missing required key "images" at $.record.embed');
  if (images.length > 4) return invalid(`array too big (maximum 4, got ${images.length}) at $.record.embed.images`);
  for (const [index, item] of images.entries()) {
    const at = `$.record.embed.images[${index}]`;
    if (!isObject(item)) return invalid(`Expected an object at ${at}`);
    if (typeof item.alt !== "string") return invalid(`Missing required key "alt" at ${at}`);
    const image = item.image as BlobLike | undefined;
    const link = image?.ref?.$link;
    if (!image || image.$type !== "blob" || typeof link !== "string" || typeof image.mimeType !== "string" || typeof image.size !== "number") {
      return invalid(`Expected blob value type at ${at}.image`);
    }
    if (!image.mimeType.startsWith("image/")) return invalid(`Expected "image/*" (got "${image.mimeType}") at ${at}.image.mimeType`);
    const stored = findBlob(link);
    if (!stored) return { error: "BlobNotFound", message: `Could not find blob: ${link}` };
    if (stored.size > maxImageBytes) return invalid(`blob too big (maximum ${maxImageBytes}, got ${stored.size}) at ${at}.image`);
    const ratio = item.aspectRatio;
    if (ratio !== undefined && !(isObject(ratio) && Number.isInteger(ratio.width) && Number.isInteger(ratio.height) && (ratio.width as number) > 0 && (ratio.height as number) > 0)) {
      return invalid(`Expected positive integer width and height at ${at}.aspectRatio`);
    }
  }
  return null;
}

/**
 * The checks app.bsky.feed.post's lexicon makes when a PDS writes the record, with the
 * reference PDS's words: text at most 3,000 bytes and 300 graphemes, up to 4 images, each
 * an uploaded image/* blob within the size limit and with alt text.
 */
export function checkPostRecord(record: unknown, findBlob: (cid: string) => FakeBlob | undefined, maxImageBytes: number): RecordProblem | null {
  if (!isObject(record)) return invalid("Expected an object at $.record");
  if (record.$type !== "app.bsky.feed.post") return { error: "InvalidRequest", message: `Invalid $type: expected app.bsky.feed.post, got ${String(record.$type)}` };
  if (typeof record.text !== "string") return invalid('Missing required key "text" at $.record');
  const bytes = Buffer.byteLength(record.text, "utf8");
  if (bytes > 3000) return invalid(`string too big (maximum 3000, got ${bytes}) at $.record.text`);
  const graphemes = Array.from(segmenter.segment(record.text)).length;
  if (graphemes > 300) return invalid(`grapheme too big (maximum 300, got ${graphemes}) at $.record.text`);
  if (typeof record.createdAt !== "string" || Number.isNaN(Date.parse(record.createdAt))) return invalid('Missing required key "createdAt" at $.record');
  if (record.langs !== undefined && (!Array.isArray(record.langs) || record.langs.length > 3)) {
    return invalid(`array too big (maximum 3, got ${Array.isArray(record.langs) ? record.langs.length : "?"}) at $.record.langs`);
  }
  if (record.facets !== undefined) {
    if (!Array.isArray(record.facets)) return invalid("Expected an array at $.record.facets");
    for (const [index, facet] of record.facets.entries()) {
      const span = isObject(facet) && isObject(facet.index) ? facet.index : undefined;
      if (!span || !Number.isInteger(span.byteStart) || !Number.isInteger(span.byteEnd) || (span.byteStart as number) < 0 || (span.byteEnd as number) < 0) {
        return invalid(`Expected integer byteStart and byteEnd at $.record.facets[${index}].index`);
      }
    }
  }
  if (record.embed !== undefined) {
    if (!isObject(record.embed)) return invalid("Expected an object at $.record.embed");
    if (record.embed.$type === "app.bsky.embed.images") return checkImages(record.embed, findBlob, maxImageBytes);
  }
  return null;
}
