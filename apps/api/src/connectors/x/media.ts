import { ConnectorError, type PublishMedia } from "../types.ts";
import { xError } from "./errors.ts";
import type { XSession } from "./session.ts";

/** the segment size X's own libraries use; bigger segments have been seen refused */
export const SEGMENT_BYTES = 1024 * 1024;
/** X asks us to wait check_after_secs between checks; we wait no longer than this in all */
const MAX_PROCESSING_WAIT_MS = 60_000;
const MAX_SINGLE_WAIT_MS = 10_000;
const MAX_STATUS_CHECKS = 30;

interface ProcessingInfo {
  state?: string;
  check_after_secs?: number;
  error?: { message?: string };
}

interface MediaAnswer {
  data?: { id?: string; processing_info?: ProcessingInfo };
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ConnectorError("timeout", "Gave up waiting for X to process a picture."));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(new ConnectorError("timeout", "Gave up waiting for X to process a picture."));
      },
      { once: true },
    );
  });
}

/** Checks STATUS until X has finished with the picture, within a bounded wait. */
async function awaitProcessing(session: XSession, id: string, first: ProcessingInfo | undefined, signal?: AbortSignal): Promise<void> {
  let info = first;
  let waited = 0;
  for (let checks = 0; info && info.state !== "succeeded"; checks++) {
    if (info.state === "failed") throw new ConnectorError("permanent", `X could not process a picture: ${info.error?.message ?? "no reason given"}.`);
    const pause = Math.min(Math.max(0, info.check_after_secs ?? 1) * 1000, MAX_SINGLE_WAIT_MS);
    if (checks >= MAX_STATUS_CHECKS || waited + pause > MAX_PROCESSING_WAIT_MS) {
      // Nothing was posted yet, so trying the whole post again later is safe.
      throw new ConnectorError("transient", "X was still processing a picture after a minute.");
    }
    await wait(pause, signal);
    waited += pause;
    const status = await session.call(`/2/media/upload?command=STATUS&media_id=${encodeURIComponent(id)}`, { method: "GET" });
    if (status.status !== 200) throw xError(status, "a picture", session.now);
    info = (status.body as MediaAnswer | null)?.data?.processing_info;
  }
}

/**
 * Uploads one picture the chunked way (initialize, 1 MB segments, finalize, wait while X
 * processes it), then sets its alt text. Returns X's media id for the post.
 */
export async function uploadImage(session: XSession, media: PublishMedia, signal?: AbortSignal): Promise<string> {
  const init = await session.call("/2/media/upload/initialize", {
    method: "POST",
    body: { media_type: media.contentType, total_bytes: media.bytes.length, media_category: "tweet_image" },
  });
  if (init.status !== 200) throw xError(init, "a picture", session.now);
  const id = (init.body as MediaAnswer | null)?.data?.id;
  if (!id) throw new ConnectorError("transient", "X did not give the picture an id.");
  const path = `/2/media/upload/${encodeURIComponent(id)}`;

  for (let index = 0, offset = 0; offset < media.bytes.length; index++, offset += SEGMENT_BYTES) {
    const form = new FormData();
    form.set("segment_index", String(index));
    form.set("media", new Blob([new Uint8Array(media.bytes.subarray(offset, offset + SEGMENT_BYTES))], { type: "application/octet-stream" }), "blob");
    const append = await session.call(`${path}/append`, { method: "POST", body: form });
    if (append.status < 200 || append.status > 299) throw xError(append, "a picture", session.now);
  }

  const finalize = await session.call(`${path}/finalize`, { method: "POST" });
  if (finalize.status !== 200) throw xError(finalize, "a picture", session.now);
  await awaitProcessing(session, id, (finalize.body as MediaAnswer | null)?.data?.processing_info, signal);

  if (media.altText.trim()) {
    const metadata = await session.call("/2/media/metadata", { method: "POST", body: { id, metadata: { alt_text: { text: media.altText } } } });
    if (metadata.status !== 200) throw xError(metadata, "a picture's alt text", session.now);
  }
  return id;
}
