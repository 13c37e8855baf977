import type { Context } from "hono";
import { readLittleText } from "./little-text.ts";
import { inputError, restliError } from "./restli.ts";
import type { FakePostImage, LinkedInState } from "./state.ts";

/** The help centre's limit; the API refuses longer commentary with FIELD_LENGTH_TOO_LONG. */
export const MAX_COMMENTARY = 3_000;
export const MAX_ALT_TEXT = 4_086;
export const MIN_MULTI_IMAGES = 2;
export const MAX_MULTI_IMAGES = 20;

const VISIBILITIES = new Set(["PUBLIC", "CONNECTIONS", "LOGGED_IN", "CONTAINER"]);
const LIFECYCLE_STATES = new Set(["PUBLISHED", "DRAFT"]);
const FEED_DISTRIBUTIONS = new Set(["MAIN_FEED", "NONE"]);

export interface ValidPost {
  author: string;
  commentary: string;
  visibility: string;
  images: FakePostImage[];
}

interface PostRequest {
  author?: unknown;
  commentary?: unknown;
  visibility?: unknown;
  distribution?: { feedDistribution?: unknown };
  lifecycleState?: unknown;
  content?: { media?: { id?: unknown; altText?: unknown }; multiImage?: { images?: unknown } };
}

function imageList(content: PostRequest["content"]): { images: FakePostImage[]; field: string } | string {
  if (!content) return { images: [], field: "" };
  if (content.media) {
    const { id, altText } = content.media;
    if (typeof id !== "string") return "/content/media/id";
    return { images: [{ id, altText: typeof altText === "string" ? altText : undefined }], field: "/content/media" };
  }
  if (content.multiImage) {
    const list = content.multiImage.images;
    if (!Array.isArray(list)) return "/content/multiImage/images";
    const images: FakePostImage[] = [];
    for (const entry of list as { id?: unknown; altText?: unknown }[]) {
      if (typeof entry?.id !== "string") return "/content/multiImage/images/id";
      images.push({ id: entry.id, altText: typeof entry.altText === "string" ? entry.altText : undefined });
    }
    return { images, field: "/content/multiImage/images" };
  }
  return { images: [], field: "" };
}

/**
 * Checks a Posts API create body as LinkedIn does: required fields, the author the member may
 * post as, commentary length (counted as the reader sees it, UNCONFIRMED), and each image:
 * known, processed, owned by the author, alt text within 4,086 characters.
 */
export function validatePost(c: Context, state: LinkedInState, member: string, body: PostRequest | null): ValidPost | Response {
  if (!body || typeof body !== "object") return restliError(c, 400, "ILLEGAL_ARGUMENT", "The request body must be a JSON object.");
  const { author, commentary, visibility, lifecycleState } = body;
  if (typeof author !== "string") return inputError(c, 400, "MISSING_FIELD", "/author", "Field /author is required");
  if (!/^urn:li:(organization|person):\S+$/.test(author)) return inputError(c, 400, "INVALID_URN_TYPE", "/author", `${author} is not an organization or person URN`);
  if (author !== member && !state.mayActFor(member, author)) {
    return restliError(c, 403, "ACCESS_DENIED", "Not enough permissions to access: partnerApiPostsExternal.CREATE.20260101", 100);
  }
  if (typeof visibility !== "string" || !VISIBILITIES.has(visibility)) return inputError(c, 400, "INVALID_VALUE", "/visibility", "Field /visibility is missing or not a known value");
  if (typeof lifecycleState !== "string" || !LIFECYCLE_STATES.has(lifecycleState)) {
    return inputError(c, 400, "INVALID_VALUE", "/lifecycleState", "Field /lifecycleState must be PUBLISHED or DRAFT");
  }
  const feed = body.distribution?.feedDistribution;
  if (typeof feed !== "string" || !FEED_DISTRIBUTIONS.has(feed)) {
    return inputError(c, 400, "MISSING_FIELD", "/distribution/feedDistribution", "Field /distribution/feedDistribution is required");
  }
  if (commentary !== undefined && typeof commentary !== "string") return inputError(c, 400, "INVALID_VALUE", "/commentary", "Field /commentary must be text");
  const text = commentary ?? "";
  const length = [...readLittleText(text)].length;
  if (length > MAX_COMMENTARY) {
    return inputError(c, 400, "FIELD_LENGTH_TOO_LONG", "/commentary", `Field /commentary is ${length} characters; the maximum is ${MAX_COMMENTARY}`);
  }
  const listed = imageList(body.content);
  if (typeof listed === "string") return inputError(c, 400, "MISSING_FIELD", listed, `Field ${listed} is required`);
  const { images, field } = listed;
  if (!text.trim() && images.length === 0) return inputError(c, 400, "MISSING_FIELD", "/commentary", "A post needs commentary or content");
  if (body.content?.multiImage && (images.length < MIN_MULTI_IMAGES || images.length > MAX_MULTI_IMAGES)) {
    return inputError(c, 400, "INVALID_ARRAY_LENGTH", field, `A multi-image post has ${MIN_MULTI_IMAGES} to ${MAX_MULTI_IMAGES} images; this one has ${images.length}`);
  }
  for (const image of images) {
    const stored = state.images.get(image.id);
    if (!stored) return inputError(c, 400, "INVALID_URN_TYPE", `${field}/id`, `${image.id} is not a known image`);
    if (stored.owner !== author) {
      return inputError(c, 400, "INVALID_CONTENT_OWNERSHIP", `${field}/id`, `The owner of ${image.id} is ${stored.owner}, not the post's author ${author}`);
    }
    if (stored.status !== "AVAILABLE") return inputError(c, 400, "INVALID_MEDIA_STATUS", `${field}/id`, `${image.id} is ${stored.status}, not AVAILABLE`);
    if (image.altText !== undefined && [...image.altText].length > MAX_ALT_TEXT) {
      return inputError(c, 400, "FIELD_LENGTH_TOO_LONG", `${field}/altText`, `Alt text is longer than ${MAX_ALT_TEXT} characters`);
    }
  }
  return { author, commentary: text, visibility, images };
}
