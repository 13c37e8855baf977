import { randomBytes } from "node:crypto";

/** A link as X finds it in text, without the punctuation that usually follows one. */
export const LINK = /https?:\/\/[^\s]*[^\s.,!?;:)\]'"]/g;

function tco(): string {
  return `https://t.co/${randomBytes(8).toString("base64url").slice(0, 10)}`;
}

/**
 * The text X stores and returns for a post, which is not what was sent: every link is
 * wrapped in t.co, & < > come back as HTML entities, and a post with pictures ends with a
 * t.co link to them. A client matching its own text against X's must allow for all three.
 */
export function displayText(text: string, hasMedia: boolean): string {
  const escaped = text.replace(LINK, () => tco()).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return hasMedia ? `${escaped} ${tco()}` : escaped;
}
