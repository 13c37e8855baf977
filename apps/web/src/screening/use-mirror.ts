import { useLayoutEffect, type RefObject } from "react";

/** What decides where a character lands in the textarea; the backdrop copies each. */
const MIRRORED = [
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "font-stretch",
  "line-height",
  "letter-spacing",
  "word-spacing",
  "text-transform",
  "text-indent",
  "text-align",
  "tab-size",
  "direction",
  "padding-top",
  "padding-right",
  "padding-bottom",
  "padding-left",
] as const;

/**
 * Keeps a backdrop exactly under a textarea's text: same font and padding, same box inside
 * the border (without the scroll bar, which narrows the lines), and the same scroll position.
 * It writes the backdrop's style directly, so typing and scrolling cause no React render.
 */
export function useMirror(textareaRef: RefObject<HTMLTextAreaElement | null>, backdropRef: RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const textarea = textareaRef.current;
    const backdrop = backdropRef.current;
    if (!textarea || !backdrop) return;

    const follow = () => {
      backdrop.scrollTop = textarea.scrollTop;
      backdrop.scrollLeft = textarea.scrollLeft;
    };
    const measure = () => {
      const style = getComputedStyle(textarea);
      for (const property of MIRRORED) backdrop.style.setProperty(property, style.getPropertyValue(property));
      backdrop.style.top = `${textarea.offsetTop + textarea.clientTop}px`;
      backdrop.style.left = `${textarea.offsetLeft + textarea.clientLeft}px`;
      backdrop.style.width = `${textarea.clientWidth}px`;
      backdrop.style.height = `${textarea.clientHeight}px`;
      follow();
    };

    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(textarea);
    textarea.addEventListener("scroll", follow, { passive: true });
    return () => {
      resized.disconnect();
      textarea.removeEventListener("scroll", follow);
    };
  }, [textareaRef, backdropRef]);
}
