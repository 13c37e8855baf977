import twitterText from "twitter-text";
import { finding } from "../finding.ts";
import { isWord, segmentWithName } from "../words.ts";
import type { Detector, Finding } from "../types.ts";

/**
 * A hashtag of several words all in lower case (#nursesday) is read by screen readers as
 * one long nonsense word; CamelCase (#NursesDay) is read word by word.
 */
export function splitLowerCaseTag(tag: string): string[] | null {
  if (tag !== tag.toLowerCase() || !/^[a-z]+$/.test(tag) || tag.length < 6 || isWord(tag)) return null;
  const pieces = segmentWithName(tag);
  return pieces && pieces.length >= 2 ? pieces : null;
}

function camelCase(pieces: string[]): string {
  return pieces.map((p) => (p === "nhs" || p === "gp" ? p.toUpperCase() : p[0]!.toUpperCase() + p.slice(1))).join("");
}

export const hashtags: Detector = ({ text }) => {
  const out: Finding[] = [];
  for (const { hashtag, indices } of twitterText.extractHashtagsWithIndices(text)) {
    const pieces = splitLowerCaseTag(hashtag);
    if (!pieces) continue;
    out.push(
      finding(
        "accessibility.hashtag_case",
        "accessibility.hashtag_case.lower-multi-word",
        "warn",
        indices[0],
        indices[1],
        `Screen readers cannot split #${hashtag} into words. Capitalise each word: #${camelCase(pieces)}.`,
      ),
    );
  }
  return out;
};
