import type { ReactNode } from "react";

/** Web addresses, hashtags and mentions, as a platform would pick them out of a post. */
const TOKENS = /(https?:\/\/[^\s<>"]*[^\s<>".,:;!?'")\]])|(#[\p{L}\p{N}_]+)|(@[\p{L}\p{N}_.]*[\p{L}\p{N}_](?:@[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?)/gu;

/** The post's text with its links as links and its hashtags and mentions styled, line breaks kept. */
export function FeedText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKENS)) {
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    const [token, url, hashtag] = match;
    if (url) {
      parts.push(
        <a key={start} href={url} rel="nofollow noreferrer" className="app-feed__link">
          {url.replace(/^https?:\/\//, "")}
        </a>,
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
  return <p className="app-feed__text">{parts}</p>;
}
