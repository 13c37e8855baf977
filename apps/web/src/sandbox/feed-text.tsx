import type { ReactNode } from "react";

/** Web addresses, hashtags and mentions, as a platform would pick them out of a post. */
const TOKENS = /(https?:\/\/[^\s<>"]*[^\s<>".,:;!?'")\]])|(#[\p{L}\p{N}_]+)|(@[\p{L}\p{N}_.]*[\p{L}\p{N}_](?:@[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?)/gu;

/**
 * How web addresses appear: links in a feed; in a preview, coloured like links but not links
 * (a preview is not the place to leave the page); plain where the platform does not link them.
 */
export type FeedLinks = "anchor" | "styled" | "plain";

/** A piece of a post's text with its links, hashtags and mentions picked out, to put inside a paragraph. */
export function FeedTextParts({ text, links = "anchor" }: { text: string; links?: FeedLinks }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKENS)) {
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    const [token, url, hashtag] = match;
    if (url) {
      const shown = url.replace(/^https?:\/\//, "");
      parts.push(
        links === "anchor" ? (
          <a key={start} href={url} rel="nofollow noreferrer" className="app-feed__link">
            {shown}
          </a>
        ) : links === "styled" ? (
          <span key={start} className="app-feed__link">
            {shown}
          </span>
        ) : (
          url
        ),
      );
    } else {
      parts.push(
        <span key={start} className={hashtag ? "app-feed__hashtag" : "app-feed__mention"}>
          {token}
        </span>,
      );
    }
    last = start + token.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

/** The post's text with its links as links and its hashtags and mentions styled, line breaks kept. */
export function FeedText({ text }: { text: string }) {
  return (
    <p className="app-feed__text">
      <FeedTextParts text={text} />
    </p>
  );
}
