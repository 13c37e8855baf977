/**
 * Mastodon gives a status back only as HTML `content` (the source `text` comes only when a
 * status is deleted), so finding our post by its text means turning that HTML back into text.
 * Its formatter makes: <p> per paragraph, <br /> per line break, links whose full address is
 * split over invisible and ellipsis spans (their text together is the whole URL), hashtag
 * links "#<span>tag</span>", and mentions shortened to "@user" without the instance.
 * Custom emoji shortcodes and link-preview trimming are not undone: see `comparableText`.
 */

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED[name.toLowerCase()] ?? entity;
  });
}

export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>\s*<p[^>]*>/gi, "\n\n")
    .replace(/<[^>]*>/g, "");
  return decodeEntities(withBreaks);
}

/**
 * Text reduced to what survives the round trip through Mastodon: Unicode composed, mentions
 * without their instance ("@nhs@mastodon.social" shows as "@nhs"), and runs of whitespace as
 * one space, since Mastodon trims the text and HTML gives no promise about line breaks.
 */
export function comparableText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/(^|[^\w/])@([a-zA-Z0-9_]+)@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}/g, "$1@$2")
    .replace(/\s+/g, " ")
    .trim();
}
