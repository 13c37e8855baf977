/**
 * Mastodon's way with a post's text: how long it counts, and the HTML `content` it serves.
 * Clients only ever get the HTML back, so the fake must make the same markup a real instance
 * does (links split into invisible and ellipsis spans, mentions shortened, hashtags linked).
 */

const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)'\]]/g;
const TOKEN_PATTERN = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)'\]])|(^|[^\w/])@([a-zA-Z0-9_]+)(?:@([a-zA-Z0-9.-]+\.[a-zA-Z]{2,}))?|(^|[^\w&/])#([\p{L}\p{N}_]+)/gu;

/** Every URL counts as this many characters, however long it is. */
export const CHARACTERS_RESERVED_PER_URL = 23;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Characters as StatusLengthValidator counts them: each URL is 23, a mention counts only its username. */
export function countableLength(text: string, charactersPerUrl: number): number {
  const countable = text.replace(URL_PATTERN, "x".repeat(charactersPerUrl)).replace(/@([a-zA-Z0-9_]+)@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}/g, "@$1");
  return [...graphemes.segment(countable)].length;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function linkHtml(url: string): string {
  const prefix = /^https?:\/\/(www\.)?/.exec(url)?.[0] ?? "";
  const display = url.slice(prefix.length);
  const shown = display.length > 30 ? `<span class="ellipsis">${escapeHtml(display.slice(0, 30))}</span><span class="invisible">${escapeHtml(display.slice(30))}</span>` : `<span class="">${escapeHtml(display)}</span><span class="invisible"></span>`;
  return `<a href="${escapeHtml(url)}" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">${escapeHtml(prefix)}</span>${shown}</a>`;
}

function lineHtml(line: string, base: string, isLocal: (username: string, domain: string | undefined) => boolean): string {
  let html = "";
  let last = 0;
  for (const match of line.matchAll(TOKEN_PATTERN)) {
    const [whole, url, mentionLead, username, domain, tagLead, tag] = match;
    html += escapeHtml(line.slice(last, match.index));
    if (url) html += linkHtml(url);
    else if (username !== undefined && isLocal(username, domain))
      html += `${escapeHtml(mentionLead ?? "")}<span class="h-card" translate="no"><a href="${escapeHtml(`${base}/@${username}`)}" class="u-url mention">@<span>${escapeHtml(username)}</span></a></span>`;
    else if (tag !== undefined)
      html += `${escapeHtml(tagLead ?? "")}<a href="${escapeHtml(`${base}/tags/${tag.toLowerCase()}`)}" class="mention hashtag" rel="tag">#<span>${escapeHtml(tag)}</span></a>`;
    else html += escapeHtml(whole);
    last = match.index + whole.length;
  }
  return html + escapeHtml(line.slice(last));
}

/** The `content` of a status: paragraphs on blank lines, <br /> on single line breaks. */
export function statusHtml(text: string, base: string, isLocal: (username: string, domain: string | undefined) => boolean): string {
  if (text === "") return "";
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split("\n").map((line) => lineHtml(line, base, isLocal)).join("<br />")}</p>`)
    .join("");
}
