import type { Hono } from "hono";
import { cookieOf, type Client } from "./client.ts";

/** POST /api/assets as a browser form would send it, as the signed-in user of `client`. */
export async function upload(app: Hono, client: Client | null, bytes: Buffer, name = "photo.jpg", type = "image/jpeg") {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), name);
  const headers = new Headers();
  if (client) headers.set("cookie", cookieOf(client));
  const res = await app.request("http://gatehouse.test/api/assets", { method: "POST", body: form, headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { id: string; error?: { code: string; message: string } } };
}

/** Uploads and insists it worked: the new asset's id. */
export async function uploaded(app: Hono, client: Client, bytes: Buffer, name = "photo.jpg"): Promise<string> {
  const res = await upload(app, client, bytes, name);
  if (res.status !== 201) throw new Error(`upload of ${name} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export async function fetchAs(app: Hono, client: Client | null, path: string) {
  return app.request(`http://gatehouse.test${path}`, { headers: client ? { cookie: cookieOf(client) } : {} });
}
