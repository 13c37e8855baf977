/*
 * LinkedIn reads `commentary` as "little text": these characters start mentions, hashtags
 * and templates unless escaped with a backslash. Our text is plain, so every one is escaped;
 * otherwise "(Trust)" or "#NHS" could be swallowed or rejected.
 */
const RESERVED = /[|{}@[\]()<>#\\*_~]/g;
const ESCAPED = /\\([|{}@[\]()<>#\\*_~])/g;

export function escapeLittleText(text: string): string {
  return text.replace(RESERVED, (char) => `\\${char}`);
}

/** The text a reader sees, from the commentary LinkedIn keeps. */
export function unescapeLittleText(commentary: string): string {
  return commentary.replace(ESCAPED, "$1");
}
