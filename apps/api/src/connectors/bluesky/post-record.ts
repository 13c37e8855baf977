import type { PublishMedia } from "../types.ts";
import { linkFacets } from "./facets.ts";

/** A blob reference as uploadBlob returns it; the post embeds it unchanged. */
export interface BlobRef {
  $type: "blob";
  ref: { $link: string };
  mimeType: string;
  size: number;
}

export const POST_COLLECTION = "app.bsky.feed.post";

/** The app.bsky.feed.post record: text, language, link facets and the pictures with their alt text and shape. */
export function postRecord(text: string, media: readonly PublishMedia[], blobs: readonly BlobRef[], createdAt: Date): Record<string, unknown> {
  const record: Record<string, unknown> = { $type: POST_COLLECTION, text, createdAt: createdAt.toISOString(), langs: ["en"] };
  const facets = linkFacets(text);
  if (facets.length > 0) record.facets = facets;
  if (blobs.length > 0) {
    record.embed = {
      $type: "app.bsky.embed.images",
      images: blobs.map((image, index) => {
        const picture = media[index]!;
        // aspectRatio lets the app lay the picture out before it loads; both sides must be positive.
        const aspectRatio = picture.width > 0 && picture.height > 0 ? { width: Math.round(picture.width), height: Math.round(picture.height) } : undefined;
        return { image, alt: picture.altText, ...(aspectRatio ? { aspectRatio } : {}) };
      }),
    };
  }
  return record;
}
