import type { MiddlewareHandler } from "hono";

/** One request a fake received, as the platform would have seen it. */
export interface FakeCall {
  method: string;
  /** path inside the fake, without any mount prefix: "/2/tweets" */
  path: string;
  query: Record<string, string>;
  /** lower-cased header names */
  headers: Record<string, string>;
  /** JSON bodies parsed; form and multipart bodies as fields (files as {name, type, size}); other bodies as their byte length */
  body: unknown;
  at: Date;
}

async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (request.method === "GET" || request.method === "HEAD") return null;
  if (type.includes("application/json")) return request.json().catch(() => null);
  if (type.includes("multipart/form-data") || type.includes("application/x-www-form-urlencoded")) {
    const form = await request.formData().catch(() => null);
    if (!form) return null;
    const fields: Record<string, unknown> = {};
    for (const [key, value] of form.entries()) {
      fields[key] = typeof value === "string" ? value : { name: value.name, type: value.type, size: value.size };
    }
    return fields;
  }
  const bytes = await request.arrayBuffer();
  return bytes.byteLength === 0 ? null : { bytes: bytes.byteLength };
}

/**
 * Records every request into `calls` before the fake answers it, so tests can assert
 * exactly what a client sent. `prefix` is the fake's mount path, stripped from recorded paths.
 */
export function recordCalls(calls: FakeCall[], prefix = ""): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const headers: Record<string, string> = {};
    c.req.raw.headers.forEach((value, key) => (headers[key] = value));
    calls.push({
      method: c.req.method,
      path: url.pathname.slice(prefix.length) || "/",
      query: Object.fromEntries(url.searchParams),
      headers,
      body: await readBody(c.req.raw.clone()),
      at: new Date(),
    });
    await next();
  };
}

/** The fake's own public root, as the caller reached it: origin plus mount prefix. */
export function fakeBase(requestUrl: string, prefix = ""): string {
  return new URL(requestUrl).origin + prefix;
}
