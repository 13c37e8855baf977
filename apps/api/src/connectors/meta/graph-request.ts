import type { ConnectorContext } from "../context.ts";
import { platformFetch } from "../http/platform-fetch.ts";
import { type MetaPlatformName, toConnectorError } from "./graph-errors.ts";

export interface GraphRequest {
  method?: "GET" | "POST" | "DELETE";
  /** a path under the base ("/me/accounts") or a whole URL */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  token?: string | undefined;
  signal?: AbortSignal | undefined;
  /** what a refusal refused, for the message: "the post", "the request" */
  refused: string;
}

export function graphUrl(baseUrl: string, path: string, query: Record<string, string> = {}): string {
  const url = new URL(/^https?:/.test(path) ? path : `${baseUrl.replace(/\/$/, "")}${path}`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}

/**
 * One Graph API call. The token goes in the Authorization header, which Meta accepts as
 * well as the access_token parameter and which keeps it out of any logged URL.
 * Answers the parsed body, or throws the failure in our words.
 */
export async function graphRequest<T>(ctx: ConnectorContext, platform: MetaPlatformName, baseUrl: string, request: GraphRequest): Promise<T> {
  const headers: Record<string, string> = {};
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  const response = await platformFetch(ctx.fetch, graphUrl(baseUrl, request.path, request.query), {
    method: request.method ?? (request.body === undefined ? "GET" : "POST"),
    headers,
    body: request.body,
    signal: request.signal,
    timeoutMs: ctx.requestTimeoutMs,
  });
  if (response.status >= 200 && response.status < 300 && response.body && typeof response.body === "object" && !("error" in response.body)) {
    return response.body as T;
  }
  throw toConnectorError(platform, response, request.refused);
}
