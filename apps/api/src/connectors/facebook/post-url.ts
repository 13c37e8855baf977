import { isRealGraph } from "../meta/oauth.ts";

/** Where people see a page post: the permalink Meta gave, else the id under www.facebook.com (a fake serves its own page). */
export function facebookPostUrl(baseUrl: string, postId: string, permalink?: string): string {
  if (permalink) return permalink;
  return isRealGraph(baseUrl) ? `https://www.facebook.com/${postId}` : `${baseUrl.replace(/\/$/, "")}/posts/${postId}`;
}
