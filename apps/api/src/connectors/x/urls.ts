const REAL_API_HOSTS = new Set(["api.x.com", "api.twitter.com"]);

export function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

function isRealApi(baseUrl: string): boolean {
  return REAL_API_HOSTS.has(new URL(baseUrl).hostname);
}

/** X's consent page lives on x.com, not the API host; a fake serves its own. */
export function authorizeUrl(baseUrl: string): string {
  return isRealApi(baseUrl) ? "https://x.com/i/oauth2/authorize" : `${trimBase(baseUrl)}/i/oauth2/authorize`;
}

/** The public address of a post. A fake serves the page itself, so demo links open. */
export function postUrl(baseUrl: string, username: string, id: string): string {
  const root = isRealApi(baseUrl) ? "https://x.com" : trimBase(baseUrl);
  return `${root}/${encodeURIComponent(username)}/status/${encodeURIComponent(id)}`;
}

export function bareHandle(handle: string): string {
  return handle.trim().replace(/^@/, "");
}
