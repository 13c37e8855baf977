/**
 * X does not give back the text it was sent: links come back as t.co links (and bare
 * domains may be linked too), & < > come back as HTML entities, and a post with pictures
 * gains a trailing t.co link to them. Two texts are the same post when they agree once every
 * link is reduced to a marker, trailing links are dropped and whitespace is collapsed.
 */
const LINK = /https?:\/\/[^\s]*[^\s.,!?;:)\]'"]|\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s]*[^\s.,!?;:)\]'"])?/gi;
const MARK = "\u0001";

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export function comparableText(text: string): string {
  return text
    .normalize("NFC")
    .replace(LINK, MARK)
    .replace(/\s+/g, " ")
    .trim()
    .replace(new RegExp(`(?:\\s*${MARK})+$`), "")
    .trim();
}

/** Is `remote` (as X returns it) the post we sent as `ours`? */
export function sameText(ours: string, remote: string): boolean {
  return comparableText(ours) === comparableText(decodeEntities(remote));
}
