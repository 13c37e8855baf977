/**
 * Where a person sees the post. Real PDSes (https, at their root) are read through bsky.app;
 * a fake, or a PDS on this machine, is asked for the page itself.
 */
export function postUrl(baseUrl: string, handle: string, rkey: string): string {
  const base = new URL(baseUrl);
  const local = base.protocol !== "https:" || base.pathname.replace(/\/+$/, "") !== "" || ["localhost", "127.0.0.1", "[::1]"].includes(base.hostname);
  const root = local ? baseUrl.replace(/\/+$/, "") : "https://bsky.app";
  return `${root}/profile/${encodeURIComponent(handle)}/post/${rkey}`;
}

/** The repository, collection and record key inside an at:// URI. */
export function parseAtUri(uri: string): { repo: string; collection: string; rkey: string } | undefined {
  const match = /^at:\/\/([^/]+)\/([^/]+)\/([^/?#]+)$/.exec(uri);
  return match ? { repo: decodeURIComponent(match[1]!), collection: match[2]!, rkey: match[3]! } : undefined;
}
