/*
 * Where LinkedIn's pieces live. The REST API is on api.linkedin.com, but sign-in and public
 * post pages are on www.linkedin.com; a fake serves all of them under its own root.
 */

/** Every /rest call names the API version it was written against; LinkedIn retires each after about a year. */
export const LINKEDIN_VERSION = "202601";

export const LINKEDIN_API = "https://api.linkedin.com";
const LINKEDIN_WWW = "https://www.linkedin.com";

function siteRoot(baseUrl: string): string {
  return isRealLinkedIn(baseUrl) ? LINKEDIN_WWW : baseUrl.replace(/\/+$/, "");
}

export function isRealLinkedIn(baseUrl: string): boolean {
  return new URL(baseUrl).hostname === "api.linkedin.com";
}

export function restUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/rest${path}`;
}

export function authorizeUrl(baseUrl: string): string {
  return `${siteRoot(baseUrl)}/oauth/v2/authorization`;
}

export function tokenUrl(baseUrl: string): string {
  return `${siteRoot(baseUrl)}/oauth/v2/accessToken`;
}

export function postUrl(baseUrl: string, postUrn: string): string {
  return `${siteRoot(baseUrl)}/feed/update/${postUrn}/`;
}

/** The Rest.li 2.0 headers every /rest call needs besides the token. */
export function restHeaders(accessToken: string): Record<string, string> {
  return {
    authorization: `Bearer ${accessToken}`,
    "linkedin-version": LINKEDIN_VERSION,
    "x-restli-protocol-version": "2.0.0",
  };
}
