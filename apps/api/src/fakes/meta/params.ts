import type { Context } from "hono";

export interface GraphParams {
  /** query string, then body fields: strings, or JSON values from a JSON body */
  values: Record<string, unknown>;
  files: Record<string, File>;
}

/** Graph takes parameters from the query string, a form, a multipart body or JSON alike. */
export async function readParams(c: Context): Promise<GraphParams> {
  const values: Record<string, unknown> = Object.fromEntries(new URL(c.req.url).searchParams);
  const files: Record<string, File> = {};
  const type = c.req.header("content-type") ?? "";
  if (c.req.method !== "GET" && c.req.method !== "DELETE") {
    if (type.includes("application/json")) {
      const body = (await c.req.json().catch(() => null)) as unknown;
      if (body && typeof body === "object") Object.assign(values, body);
    } else if (type.includes("multipart/form-data") || type.includes("application/x-www-form-urlencoded")) {
      const form = await c.req.formData();
      for (const [key, value] of form.entries()) {
        if (typeof value === "string") values[key] = value;
        else files[key] = value;
      }
    }
  }
  return { values, files };
}

export function text(params: GraphParams, key: string): string | undefined {
  const value = params.values[key];
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Graph's booleans arrive as true, "true", "1" or "false", "0". */
export function flag(params: GraphParams, key: string): boolean | undefined {
  const value = params.values[key];
  if (value === undefined) return undefined;
  return value === true || value === "true" || value === "1";
}
