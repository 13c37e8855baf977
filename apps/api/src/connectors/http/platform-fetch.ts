import { ConnectorError } from "../types.ts";

export interface PlatformResponse {
  status: number;
  headers: Headers;
  /** parsed JSON when the body is JSON, the text otherwise, null when empty */
  body: unknown;
}

export interface PlatformRequest {
  method?: string;
  headers?: Record<string, string>;
  /** a plain object is sent as JSON; strings, bytes, URLSearchParams and FormData as they are */
  body?: unknown;
  signal?: AbortSignal | undefined;
  timeoutMs: number;
}

function encodeBody(body: unknown, headers: Record<string, string>): RequestInit["body"] {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string" || body instanceof URLSearchParams || body instanceof FormData || body instanceof Uint8Array || body instanceof ArrayBuffer || body instanceof Blob) {
    return body as RequestInit["body"];
  }
  headers["content-type"] ??= "application/json";
  return JSON.stringify(body);
}

/**
 * One HTTP call to a platform. A network failure or a timeout becomes a ConnectorError
 * (`timeout` when we gave up waiting, since the platform may have acted; `transient` when the
 * connection failed before any answer). HTTP error statuses are returned, not thrown: each
 * client maps its platform's error bodies to our kinds.
 */
export async function platformFetch(fetchImpl: typeof fetch, url: string, request: PlatformRequest): Promise<PlatformResponse> {
  const headers: Record<string, string> = { accept: "application/json", ...request.headers };
  const body = encodeBody(request.body, headers);
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetchImpl(url, { method: request.method ?? (body ? "POST" : "GET"), headers, body, signal });
  } catch (error) {
    if (signal.aborted) throw new ConnectorError("timeout", `No answer from ${new URL(url).host} in time.`);
    const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new ConnectorError("transient", `Could not reach ${new URL(url).host}: ${reason}`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new ConnectorError("timeout", `The answer from ${new URL(url).host} was cut off.`);
  }
  let parsed: unknown = text === "" ? null : text;
  if (text !== "" && /json/.test(response.headers.get("content-type") ?? "")) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** Milliseconds until an instant given as Unix seconds (X, Bluesky) or ISO-8601 (Mastodon). */
export function msUntilReset(value: string | null, now: Date): number | undefined {
  if (!value) return undefined;
  const at = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value);
  if (!Number.isFinite(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

/** A standard Retry-After header (seconds or an HTTP date), in milliseconds. */
export function retryAfterMs(headers: Headers, now: Date): number | undefined {
  const value = headers.get("retry-after");
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now.getTime()) : undefined;
}
