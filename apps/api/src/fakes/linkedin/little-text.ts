/*
 * The fake's own reading of "little text" (kept apart from the client's, so a client that
 * escapes wrongly is caught rather than agreed with): a backslash makes the next reserved
 * character plain.
 */
export function readLittleText(commentary: string): string {
  return commentary.replace(/\\([|{}@[\]()<>#\\*_~])/g, "$1");
}
