import { PLATFORM_LABELS, type Platform } from "./platforms.ts";
import { cutOffset, PLATFORM_LIMITS, platformLength } from "./screening/detectors/length.ts";

/**
 * What a post will look like in each platform's feed, before it is scheduled: where the text
 * is folded behind "see more", where it goes over the limit, how the pictures are cropped and
 * laid out, and whether a link becomes a card. The feeds change their looks often; these are
 * the usual phone and web views, close enough to put the key message before the fold.
 */

export interface PreviewImageInput {
  width: number;
  height: number;
  altText: string;
}

/** How many pictures one post takes (shared/spec/platforms.md, "Max imgs"). */
export const PLATFORM_MAX_IMAGES: Record<Platform, number> = { x: 4, facebook: 10, instagram: 10, linkedin: 20, mastodon: 4, bluesky: 4 };

/** The feeds that hide a long text behind a link, roughly where, and what the link says. */
const FOLDS: Partial<Record<Platform, { at: number; label: string }>> = {
  linkedin: { at: 210, label: "…see more" },
  facebook: { at: 477, label: "See more" },
  instagram: { at: 125, label: "… more" },
};

/** width / height of one picture shown alone, or of the whole grid of several. */
const SINGLE_ASPECT: Record<Exclude<Platform, "instagram" | "bluesky">, number> = { x: 16 / 9, mastodon: 16 / 9, facebook: 1.91, linkedin: 1.91 };
const GRID_ASPECT: Record<Exclude<Platform, "instagram">, number> = { x: 16 / 9, mastodon: 16 / 9, bluesky: 16 / 9, facebook: 1, linkedin: 1 };
/** A grid shows four pictures at most; Facebook and LinkedIn put "+N" on the last for the rest. */
const GRID_CELLS = 4;

export interface PreviewText {
  /** what the feed shows straight away */
  shown: string;
  /** what is behind the "see more" link (empty when nothing is folded) */
  folded: string;
  /** the label of the feed's "see more" link, when it folds the text */
  more: string | null;
  /** the part over the platform's limit: the platform refuses the whole post while there is any */
  over: string;
  used: number;
  limit: number;
  unit: string;
}

export interface PreviewImages {
  layout: "none" | "single" | "grid" | "carousel";
  /** width / height of the area the pictures fill, null without pictures */
  frame: number | null;
  /** the pictures in view before anyone taps, by their place in the post, each with the shape it is cropped to */
  shown: { index: number; aspect: number }[];
  /** pictures the post carries beyond those in view ("+N", or the rest of a carousel) */
  more: number;
  /** the most the platform takes */
  max: number;
}

export interface PreviewLink {
  url: string;
  /** the web address's host, without "www." */
  domain: string;
  /** shown as a card with the site's picture and title (only without pictures of our own) */
  card: boolean;
  clickable: boolean;
}

export interface PreviewWarning {
  code: "over_limit" | "needs_picture" | "too_many_pictures" | "link_not_clickable" | "missing_alt_text" | "folded";
  /** true when the platform will refuse the post as it is */
  refused: boolean;
  message: string;
}

export interface PlatformPreview {
  platform: Platform;
  text: PreviewText;
  images: PreviewImages;
  link: PreviewLink | null;
  warnings: PreviewWarning[];
}

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** The same addresses the sandbox feed links, without the punctuation that ends a sentence. */
const URL_RE = /https?:\/\/[^\s<>"]*[^\s<>".,:;!?'")\]]/u;

/**
 * The UTF-16 offset where a feed folds the text after `at` characters, moved back to the last
 * space within a few words so a word is not split (the feeds do the same), or null if it fits.
 */
function foldOffset(text: string, at: number): number | null {
  const starts = Array.from(graphemes.segment(text), (s) => s.index);
  if (starts.length <= at) return null;
  const cut = starts[at]!;
  const space = text.slice(0, cut).search(/\s\S*$/u);
  return space > 0 && cut - space <= 20 ? space : cut;
}

function splitText(platform: Platform, text: string): PreviewText {
  const { limit, unit } = PLATFORM_LIMITS[platform];
  const used = platformLength(text, platform);
  const end = used > limit ? cutOffset(text, platform, limit) : text.length;
  const within = text.slice(0, end);
  const fold = FOLDS[platform];
  const at = fold ? foldOffset(within, fold.at) : null;
  return {
    shown: at === null ? within : within.slice(0, at),
    folded: at === null ? "" : within.slice(at),
    more: at === null ? null : fold!.label,
    over: text.slice(end),
    used,
    limit,
    unit,
  };
}

function gridCells(count: number, frame: number): number[] {
  // Two side by side; three as one tall on the left and two stacked on the right; four in a square.
  if (count === 2) return [frame / 2, frame / 2];
  if (count === 3) return [frame / 2, frame, frame];
  return Array.from({ length: count }, () => frame);
}

function layoutImages(platform: Platform, images: readonly PreviewImageInput[]): PreviewImages {
  const max = PLATFORM_MAX_IMAGES[platform];
  const taken = Math.min(images.length, max);
  if (taken === 0) return { layout: "none", frame: null, shown: [], more: 0, max };
  const first = images[0]!;
  if (platform === "instagram") {
    // A carousel crops every picture to the first one's shape: portrait 4:5, otherwise square.
    const frame = first.width < first.height ? 4 / 5 : 1;
    return { layout: "carousel", frame, shown: [{ index: 0, aspect: frame }], more: taken - 1, max };
  }
  if (taken === 1) {
    // Bluesky keeps a picture's own shape, but crops one taller than square on the web.
    const aspect = platform === "bluesky" ? Math.max(1, first.width / first.height) : SINGLE_ASPECT[platform];
    return { layout: "single", frame: aspect, shown: [{ index: 0, aspect }], more: 0, max };
  }
  const frame = GRID_ASPECT[platform];
  const inView = Math.min(taken, GRID_CELLS);
  return { layout: "grid", frame, shown: gridCells(inView, frame).map((aspect, index) => ({ index, aspect })), more: taken - inView, max };
}

/**
 * Platforms that build a card from a link in the text themselves. Bluesky and LinkedIn show a
 * card only when the client sends one (an external embed, an article), which Gatehouse does not.
 */
const CARD_FROM_LINK: ReadonlySet<Platform> = new Set(["x", "facebook", "mastodon"]);

function firstLink(platform: Platform, text: string, hasImages: boolean): PreviewLink | null {
  const match = URL_RE.exec(text);
  if (!match) return null;
  const url = match[0];
  const domain = (/^https?:\/\/([^/?#:@]+)/iu.exec(url)?.[1] ?? url).toLowerCase().replace(/^www\./u, "");
  const clickable = platform !== "instagram";
  return { url, domain, card: CARD_FROM_LINK.has(platform) && !hasImages, clickable };
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

function warningsFor(platform: Platform, text: PreviewText, images: readonly PreviewImageInput[], layout: PreviewImages, link: PreviewLink | null): PreviewWarning[] {
  const name = PLATFORM_LABELS[platform];
  const out: PreviewWarning[] = [];
  if (text.over !== "") {
    out.push({
      code: "over_limit",
      refused: true,
      message: `Over the limit: ${name} will refuse it. This is ${text.used.toLocaleString("en-GB")} ${text.unit}; the limit is ${text.limit.toLocaleString("en-GB")}. Shorten it by ${(text.used - text.limit).toLocaleString("en-GB")}.`,
    });
  }
  if (platform === "instagram" && images.length === 0) {
    out.push({ code: "needs_picture", refused: true, message: "Instagram needs a picture: it will refuse a post of text only. Attach a picture to the submission, or leave Instagram out." });
  }
  if (images.length > layout.max) {
    const extra = images.length - layout.max;
    out.push({
      code: "too_many_pictures",
      refused: true,
      message: `Too many pictures: ${name} takes ${plural(layout.max, "picture", "pictures")} at most, and this post has ${images.length.toLocaleString("en-GB")}. Remove ${extra.toLocaleString("en-GB")}, or ${name} will refuse it.`,
    });
  }
  if (link && !link.clickable) {
    out.push({ code: "link_not_clickable", refused: false, message: `${name} does not make links in captions clickable, so ${link.domain} will be plain text. Say where to find it instead, for example "link in bio".` });
  }
  const undescribed = images.slice(0, layout.max).flatMap((image, index) => (image.altText.trim() === "" ? [index + 1] : []));
  if (undescribed.length > 0) {
    const which = undescribed.length === 1 ? `Picture ${undescribed[0]!.toLocaleString("en-GB")} has` : `Pictures ${undescribed.join(", ")} have`;
    out.push({ code: "missing_alt_text", refused: false, message: `${which} no alt text: people using screen readers will not know what it shows.` });
  }
  if (text.more !== null) {
    out.push({ code: "folded", refused: false, message: `${name} shows about the first ${plural(FOLDS[platform]!.at, "character", "characters")}, then "${text.more}". Put the key message first.` });
  }
  return out;
}

/** What `platform` will show for a post of `text` with `images` (in the order they are attached). */
export function platformPreview(platform: Platform, text: string, images: readonly PreviewImageInput[]): PlatformPreview {
  const split = splitText(platform, text);
  const layout = layoutImages(platform, images);
  const link = firstLink(platform, text, layout.layout !== "none");
  return { platform, text: split, images: layout, link, warnings: warningsFor(platform, split, images, layout, link) };
}
