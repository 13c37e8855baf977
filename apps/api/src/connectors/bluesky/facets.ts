/** One app.bsky.richtext.facet: Bluesky shows no link as a link unless the post says where it is. */
export interface LinkFacet {
  index: { byteStart: number; byteEnd: number };
  features: [{ $type: "app.bsky.richtext.facet#link"; uri: string }];
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
/** punctuation that ends a sentence rather than the address */
const TRAILING = /[.,;:!?'")\]]+$/;

/** Link facets for every http(s) address in the text, with UTF-8 byte offsets as the lexicon counts them. */
export function linkFacets(text: string): LinkFacet[] {
  const facets: LinkFacet[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    let uri = match[0];
    const trailing = TRAILING.exec(uri);
    // Keep a closing bracket that closes one opened inside the address (Wikipedia style).
    if (trailing && !(trailing[0].startsWith(")") && uri.includes("("))) uri = uri.slice(0, -trailing[0].length);
    if (!/^https?:\/\/[^/]+\.[^/]+/.test(uri)) continue;
    const byteStart = Buffer.byteLength(text.slice(0, match.index), "utf8");
    facets.push({
      index: { byteStart, byteEnd: byteStart + Buffer.byteLength(uri, "utf8") },
      features: [{ $type: "app.bsky.richtext.facet#link", uri }],
    });
  }
  return facets;
}
