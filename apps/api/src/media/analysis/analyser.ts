import sharp from "sharp";
import type { RawImage } from "../process-image.ts";
import type { FaceRequest, FaceResponse, HeicRequest, HeicResponse } from "./messages.ts";
import { TaskThread } from "./task-thread.ts";
import { TextReader } from "./text-reader.ts";

export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

/** The slow looks at a picture, each off the main thread so the server keeps answering meanwhile. */
export interface ImageAnalyser {
  /** faces, boxed in the picture's own pixels */
  faces(image: RawImage): Promise<FaceBox[]>;
  /** the text written in the picture, confident lines only */
  text(image: RawImage): Promise<string>;
  decodeHeic(bytes: Buffer): Promise<RawImage>;
  close(): Promise<void>;
}

/** The detector squeezes every input to 512 x 512: more pixels cost time and memory, not accuracy. */
const FACE_SIDE = 640;
/** Text read as well at 1,600 pixels as at full size in our tests (even 60-pixel lettering on 12 megapixels), in a third of the time. */
const TEXT_SIDE = 1600;

function fromRaw(image: RawImage) {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } });
}

export function createAnalyser(timeoutMs = 60_000): ImageAnalyser {
  const faceThread = new TaskThread<FaceRequest, FaceResponse>("face detection", new URL("./faces-thread.ts", import.meta.url), timeoutMs);
  const heicThread = new TaskThread<HeicRequest, { data: ArrayBuffer; width: number; height: number }>("HEIC decoding", new URL("./heic-thread.ts", import.meta.url), timeoutMs);
  const reader = new TextReader(timeoutMs);
  return {
    async faces(image) {
      const { data, info } = await fromRaw(image)
        .resize(FACE_SIDE, FACE_SIDE, { fit: "inside", withoutEnlargement: true })
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
      const boxes = await faceThread.run({ data: buffer, width: info.width, height: info.height }, [buffer]);
      const scale = image.width / info.width;
      return boxes.map((b) => ({
        x: Math.round(b.x * scale),
        y: Math.round(b.y * scale),
        width: Math.round(b.width * scale),
        height: Math.round(b.height * scale),
        score: Math.round(b.score * 1000) / 1000,
      }));
    },
    async text(image) {
      const png = await fromRaw(image).resize(TEXT_SIDE, TEXT_SIDE, { fit: "inside", withoutEnlargement: true }).greyscale().png({ compressionLevel: 1 }).toBuffer();
      return reader.read(png);
    },
    async decodeHeic(bytes) {
      const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const out: HeicResponse = await heicThread.run({ bytes: copy }, [copy]);
      return { data: Buffer.from(out.data), width: out.width, height: out.height, channels: 4 };
    },
    async close() {
      await Promise.all([faceThread.close(), heicThread.close(), reader.close()]);
    },
  };
}
