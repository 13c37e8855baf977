import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

const TITLES: Record<number, string> = {
  400: "Invalid Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found Error",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

/** X's plain RFC 7807 problem, as it answers auth failures, rate limits and outages. */
export function plainProblem(c: Context, status: ContentfulStatusCode, detail?: string) {
  const title = TITLES[status] ?? "Error";
  return c.json({ title, type: "about:blank", status, detail: detail ?? title }, status);
}

/** X's 400 for a request that breaks the schema or a limit: a generic detail plus one message per parameter. */
export function invalidRequest(c: Context, message: string, parameters: Record<string, string[]> = {}) {
  return c.json(
    {
      errors: [{ parameters, message }],
      title: "Invalid Request",
      detail: "One or more parameters to your request was invalid.",
      type: "https://api.twitter.com/2/problems/invalid-request",
    },
    400,
  );
}

export function notFound(c: Context, detail: string, resourceType: string, id: string) {
  return c.json(
    {
      errors: [{ value: id, detail, title: "Not Found Error", resource_type: resourceType, parameter: "id", resource_id: id, type: "https://api.twitter.com/2/problems/resource-not-found" }],
      title: "Not Found Error",
      detail,
      type: "https://api.twitter.com/2/problems/resource-not-found",
      status: 404,
    },
    404,
  );
}
