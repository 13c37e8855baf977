import twitterText from "twitter-text";
import type { Platform } from "../../platforms.ts";
import { finding } from "../finding.ts";
import type { Detector } from "../types.ts";

/** Each platform's limit, counted the way that platform counts. */
export const PLATFORM_LIMITS: Record<Platform, { limit: number; unit: string }> = {
  x: { limit: 280, unit: "weighted characters (links count as 23)" },
  bluesky: { limit: 300, unit: "characters" },
  mastodon: { limit: 500, unit: "characters" },
  instagram: { limit: 2200, unit: "characters" },
  linkedin: { limit: 3000, unit: "characters" },
  facebook: { limit: 63206, unit: "characters" },
};

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * Characters that join with a neighbour into one grapheme: combining marks, joiners,
 * variation selectors, skin tones, flags, Hangul jamo, CR LF. Without them a grapheme is a
 * code point, and counting code points is a hundred times cheaper than segmenting.
 */
const JOINING = /\r|\u200c|\u200d|[\u1100-\u11ff]|[\u{E0020}-\u{E007F}]|\p{M}|\p{Regional_Indicator}|\p{Emoji_Modifier}/u;

function countGraphemes(text: string): number {
  if (!JOINING.test(text)) return [...text].length;
  return Array.from(graphemes.segment(text)).length;
}

/** Mastodon counts every URL as 23 characters, like X, but otherwise counts code points. */
const URL_RE = /https?:\/\/[^\s]+/g;
function mastodonLength(text: string): number {
  return [...text.replace(URL_RE, "x".repeat(23))].length;
}

/** The length of a post as its platform counts it. */
export function platformLength(text: string, platform: Platform): number {
  switch (platform) {
    case "x":
      return twitterText.parseTweet(text).weightedLength;
    case "bluesky":
      return countGraphemes(text);
    case "mastodon":
      return mastodonLength(text);
    default:
      return text.length;
  }
}

/** Where the platform would cut: the UTF-16 offset of the first character over the limit. */
export function cutOffset(text: string, platform: Platform, limit: number): number {
  if (platform === "x") return twitterText.parseTweet(text).validRangeEnd + 1;
  if (platform === "bluesky") {
    let n = 0;
    if (!JOINING.test(text)) {
      for (let i = 0; i < text.length; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) if (n++ === limit) return i;
      return text.length;
    }
    for (const { index } of graphemes.segment(text)) if (n++ === limit) return index;
    return text.length;
  }
  return Math.min(text.length, limit);
}

export const length: Detector = ({ text, platform }) => {
  const { limit, unit } = PLATFORM_LIMITS[platform];
  const used = platformLength(text, platform);
  if (used <= limit) return [];
  return [
    finding(
      "platform.length",
      `platform.length.${platform}`,
      "block",
      cutOffset(text, platform, limit),
      text.length,
      `This is ${used} ${unit}; the limit here is ${limit}. Shorten it by ${used - limit}, or the platform will refuse it.`,
    ),
  ];
};
