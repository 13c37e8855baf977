import decode from "heic-decode";
import type { HeicRequest, HeicResponse } from "./messages.ts";
import { serveTasks } from "./serve-tasks.ts";

/** HEIC (HEVC inside) decoded by libheif compiled to JavaScript: slow and synchronous, so off the main thread. */
serveTasks<HeicRequest, HeicResponse>(async ({ bytes }) => {
  const image = await decode({ buffer: Buffer.from(bytes) });
  const data = new Uint8Array(image.data).buffer;
  return { value: { data, width: image.width, height: image.height }, transfer: [data] };
});
