import { setTimeout as sleep } from "node:timers/promises";
import { ConnectorError, type PublishMedia } from "../types.ts";
import { restHeaders, restUrl } from "./endpoints.ts";
import { linkedinFailure } from "./errors.ts";
import type { LinkedInSession } from "./session.ts";

/** LinkedIn takes up to 20 pictures in one post (multiImage). */
export const MAX_IMAGES = 20;

/*
 * LinkedIn processes an image after the upload and refuses a post that names one still
 * processing. We wait for all of them together, a little longer each round; a few seconds
 * in all is plenty for a still picture, and running out only delays the post.
 */
const STATUS_WAITS_MS = [100, 200, 400, 800, 1600, 3200];

interface InitializeUpload {
  value?: { uploadUrl?: string; image?: string };
}

async function uploadOne(session: LinkedInSession, owner: string, media: PublishMedia, position: number): Promise<string> {
  const doing = `picture ${position}`;
  const init = await session.call(restUrl(session.baseUrl, "/images?action=initializeUpload"), (token) => ({
    method: "POST",
    headers: restHeaders(token),
    body: { initializeUploadRequest: { owner } },
  }));
  if (init.status !== 200) throw linkedinFailure(init, doing, session.now());
  const { uploadUrl, image } = (init.body as InitializeUpload | null)?.value ?? {};
  if (!uploadUrl || !image) throw new ConnectorError("transient", `LinkedIn did not say where to upload ${doing}; Gatehouse will try again.`);
  // One PUT of the whole file: images are not uploaded in parts.
  const put = await session.call(uploadUrl, (token) => ({
    method: "PUT",
    headers: { authorization: `Bearer ${token}`, "content-type": media.contentType },
    body: new Uint8Array(media.bytes),
  }));
  if (put.status < 200 || put.status >= 300) throw linkedinFailure(put, doing, session.now());
  return image;
}

async function statusOf(session: LinkedInSession, image: string, position: number): Promise<string | undefined> {
  const response = await session.call(restUrl(session.baseUrl, `/images/${encodeURIComponent(image)}`), (token) => ({ headers: restHeaders(token) }));
  if (response.status !== 200) throw linkedinFailure(response, `picture ${position}`, session.now());
  return (response.body as { status?: string } | null)?.status;
}

async function waitUntilAvailable(session: LinkedInSession, images: string[]): Promise<void> {
  let pending = images.map((image, index) => ({ image, position: index + 1 }));
  for (const wait of [0, ...STATUS_WAITS_MS]) {
    if (wait) await sleep(wait);
    const still: typeof pending = [];
    for (const item of pending) {
      const status = await statusOf(session, item.image, item.position);
      if (status === "PROCESSING_FAILED") {
        throw new ConnectorError("permanent", `LinkedIn could not process picture ${item.position}: check the picture is a JPEG, PNG or GIF under 36 million pixels.`);
      }
      if (status !== "AVAILABLE") still.push(item);
    }
    pending = still;
    if (!pending.length) return;
  }
  throw new ConnectorError("transient", `LinkedIn is still processing picture ${pending[0]!.position}; Gatehouse will try the post again.`);
}

/** Uploads every picture as `owner` (the organisation posting) and returns their image URNs, ready to post. */
export async function uploadImages(session: LinkedInSession, owner: string, media: readonly PublishMedia[]): Promise<string[]> {
  const images: string[] = [];
  // One at a time: twenty parallel uploads would spend the account's quota in a burst.
  for (const [index, item] of media.entries()) images.push(await uploadOne(session, owner, item, index + 1));
  if (images.length) await waitUntilAvailable(session, images);
  return images;
}
