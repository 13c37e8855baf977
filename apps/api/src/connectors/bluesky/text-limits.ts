import type { PublishMedia } from "../types.ts";
import { ConnectorError } from "../types.ts";

/** app.bsky.feed.post's `text`: maxGraphemes 300, maxLength 3000 (UTF-8 bytes) */
export const MAX_GRAPHEMES = 300;
export const MAX_TEXT_BYTES = 3000;
/** app.bsky.embed.images */
export const MAX_IMAGES = 4;
/**
 * The lexicon's blob limit since April 2026. Older PDSes still refuse over 1,000,000 bytes
 * when the post is written: that refusal comes back as the PDS's own message.
 */
export const MAX_IMAGE_BYTES = 2_000_000;

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

export function graphemeCount(text: string): number {
  return Array.from(segmenter.segment(text)).length;
}

/**
 * Refuses, before anything is uploaded, what the lexicon would refuse anyway: Bluesky counts
 * what a reader sees as one character (an emoji with its modifiers, a letter with its accent).
 */
export function checkPostLimits(text: string, media: readonly PublishMedia[]): void {
  const graphemes = graphemeCount(text);
  if (graphemes > MAX_GRAPHEMES) {
    throw new ConnectorError("permanent", `Bluesky allows ${MAX_GRAPHEMES} characters in a post; this one has ${graphemes}. Shorten it and send it again.`);
  }
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_TEXT_BYTES) {
    throw new ConnectorError("permanent", `Bluesky allows ${MAX_TEXT_BYTES} bytes of text in a post; this one has ${bytes}. Shorten it and send it again.`);
  }
  if (media.length > MAX_IMAGES) {
    throw new ConnectorError("permanent", `Bluesky allows ${MAX_IMAGES} pictures in a post; this one has ${media.length}. Remove some and send it again.`);
  }
  media.forEach((picture, index) => {
    if (!picture.contentType.startsWith("image/")) {
      throw new ConnectorError("permanent", `Bluesky takes only pictures: attachment ${index + 1} is ${picture.contentType}.`);
    }
    if (picture.bytes.length > MAX_IMAGE_BYTES) {
      throw new ConnectorError("permanent", `Bluesky takes pictures up to ${MAX_IMAGE_BYTES.toLocaleString("en-GB")} bytes; picture ${index + 1} has ${picture.bytes.length.toLocaleString("en-GB")}. Use a smaller rendition.`);
    }
  });
}
