/**
 * Scrolls the textarea so that the character at `offset` sits a third of the way down, found
 * by measuring the same character in the backdrop (which holds the same text, laid out the
 * same way). Browsers only scroll a selection to the very edge of the box.
 */
export function revealOffset(textarea: HTMLTextAreaElement, backdrop: HTMLElement, offset: number): void {
  const walker = document.createTreeWalker(backdrop, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (offset <= seen + length) {
      const range = document.createRange();
      range.setStart(node, offset - seen);
      range.setEnd(node, Math.min(length, offset - seen + 1));
      const top = range.getBoundingClientRect().top - backdrop.getBoundingClientRect().top + backdrop.scrollTop;
      textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3);
      return;
    }
    seen += length;
  }
}
