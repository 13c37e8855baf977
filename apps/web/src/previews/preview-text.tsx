import type { PreviewText as Text } from "@gatehouse/policy";
import { useState } from "react";
import { FeedTextParts, type FeedLinks } from "../sandbox/feed-text.tsx";

/**
 * The text as the feed shows it: the part in view, the platform's own "see more" (a button
 * here, so the rest can be read), and what is over the limit marked in words as well as colour.
 */
export function PreviewText({ text, links }: { text: Text; links: FeedLinks }) {
  const [open, setOpen] = useState(false);
  if (text.shown === "" && text.folded === "" && text.over === "") return null;
  return (
    <p className="app-feed__text">
      <FeedTextParts text={text.shown} links={links} />
      {text.more !== null && (
        <>
          {open && <FeedTextParts text={text.folded} links={links} />}{" "}
          <button
            type="button"
            className="app-preview__more"
            aria-expanded={open}
            onClick={() => {
              setOpen((o) => !o);
            }}
          >
            {open ? "see less" : text.more}
          </button>
        </>
      )}
      {text.over !== "" && (
        <mark className="app-preview__over">
          <span className="app-preview__over-label">Over the limit:</span> {text.over}
        </mark>
      )}
    </p>
  );
}
