import type { ConnectorContext } from "../context.ts";
import { ConnectorError, type PublishMedia } from "../types.ts";
import { callMastodon } from "./api.ts";
import { mastodonError } from "./errors.ts";

/** Between polls of a picture still processing: quick at first, then every 2 s, about half a minute in all. */
const POLL_DELAYS_MS = [250, 500, 1000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000];

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ConnectorError("timeout", "Gatehouse stopped waiting for Mastodon to process a picture."));
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(new ConnectorError("timeout", "Gatehouse stopped waiting for Mastodon to process a picture."));
    };
    signal?.addEventListener("abort", stop, { once: true });
  });
}

function extensionOf(contentType: string): string {
  const subtype = contentType.split("/")[1] ?? "bin";
  return subtype === "jpeg" ? "jpg" : subtype;
}

/**
 * Uploads one picture with its alt text and returns the attachment id once Mastodon has
 * processed it: POST /api/v2/media answers 200 when done, or 202 and then
 * GET /api/v1/media/:id answers 206 until it is. Statuses refuse unprocessed attachments.
 */
export async function uploadPicture(ctx: ConnectorContext, baseUrl: string, accessToken: string, media: PublishMedia, index: number, signal?: AbortSignal): Promise<string> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(media.bytes)], { type: media.contentType }), `picture-${index + 1}.${extensionOf(media.contentType)}`);
  form.append("description", media.altText);
  const uploaded = await callMastodon(ctx, baseUrl, accessToken, "/api/v2/media", { method: "POST", body: form, signal });
  if (uploaded.status !== 200 && uploaded.status !== 202) throw mastodonError(uploaded, ctx.clock.now(), `picture ${index + 1}`);
  const id = (uploaded.body as { id: string }).id;
  if (uploaded.status === 200) return id;

  for (const wait of POLL_DELAYS_MS) {
    await pause(wait, signal);
    const polled = await callMastodon(ctx, baseUrl, accessToken, `/api/v1/media/${encodeURIComponent(id)}`, { signal });
    if (polled.status === 200) return id;
    if (polled.status !== 206) throw mastodonError(polled, ctx.clock.now(), `picture ${index + 1}`);
  }
  // Nothing was posted: the publisher may safely try again later.
  throw new ConnectorError("transient", `Mastodon is still processing picture ${index + 1}. Gatehouse will try again.`);
}
