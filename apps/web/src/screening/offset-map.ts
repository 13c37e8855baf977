/**
 * Moves offsets into `from` to the same places in `to`, where `to` is `from` after one edit
 * (typing, deleting or pasting in one place). The editor uses it to keep the last answer's
 * highlights on the right words while a newer answer is on its way. Offsets inside the edited
 * stretch collapse to its start.
 */
export function offsetMapper(from: string, to: string): (offset: number) => number {
  if (from === to) return (offset) => offset;
  const shortest = Math.min(from.length, to.length);
  let prefix = 0;
  while (prefix < shortest && from.charCodeAt(prefix) === to.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && from.charCodeAt(from.length - 1 - suffix) === to.charCodeAt(to.length - 1 - suffix)) suffix++;
  const delta = to.length - from.length;
  const editEnd = from.length - suffix;
  return (offset) => {
    if (offset <= prefix) return offset;
    if (offset >= editEnd) return offset + delta;
    return prefix;
  };
}

export interface Range {
  start: number;
  end: number;
}

/** A range in `from` as a range in `to`, or null when the edit left nothing of it. */
export function mapRange(map: (offset: number) => number, range: Range): Range | null {
  const start = map(range.start);
  const end = map(range.end);
  return end > start ? { start, end } : null;
}
