import type { Platform } from "./platforms.ts";

/**
 * What an upload may be and the sizes it is made into. The API enforces these on the
 * bytes; the web app reads them to say so before a person waits for an upload.
 */
export const UPLOAD_TYPES = ["jpeg", "png", "webp", "heic"] as const;
export type UploadType = (typeof UPLOAD_TYPES)[number];

export const UPLOAD_TYPE_LABELS: Record<UploadType, string> = { jpeg: "JPEG", png: "PNG", webp: "WebP", heic: "HEIC" };

/** A phone's full-resolution photo is well under this; a 200 MB file is not a photo for social media. */
export const MAX_UPLOAD_BYTES = 40 * 1024 * 1024;
/** 100 megapixels: above every phone camera, far below a decompression bomb (30,000 x 30,000 is 900). */
export const MAX_UPLOAD_PIXELS = 100_000_000;

export interface RenditionSpec {
  name: string;
  /** null for renditions that are not for posting (the preview and the thumbnail) */
  platform: Platform | null;
  width: number;
  height: number;
  /** "cover" crops to exactly width x height around the focal point; "inside" keeps the whole picture */
  fit: "cover" | "inside";
}

/**
 * The sizes each platform shows best (X 16:9; Instagram 1:1 and 4:5; LinkedIn and Facebook
 * link-card shapes; Mastodon and Bluesky 16:9), a whole-picture preview and a thumbnail.
 */
export const RENDITIONS: readonly RenditionSpec[] = [
  { name: "preview", platform: null, width: 1600, height: 1600, fit: "inside" },
  { name: "thumbnail", platform: null, width: 320, height: 320, fit: "cover" },
  { name: "x", platform: "x", width: 1600, height: 900, fit: "cover" },
  { name: "instagram-square", platform: "instagram", width: 1080, height: 1080, fit: "cover" },
  { name: "instagram-portrait", platform: "instagram", width: 1080, height: 1350, fit: "cover" },
  { name: "facebook", platform: "facebook", width: 1200, height: 630, fit: "cover" },
  { name: "linkedin", platform: "linkedin", width: 1200, height: 627, fit: "cover" },
  { name: "mastodon", platform: "mastodon", width: 1280, height: 720, fit: "cover" },
  { name: "bluesky", platform: "bluesky", width: 1200, height: 675, fit: "cover" },
];

/** The rendition a post to this platform carries. */
export function publishRenditionFor(platform: Platform): RenditionSpec {
  const name = platform === "instagram" ? "instagram-square" : platform;
  return RENDITIONS.find((r) => r.name === name)!;
}

export interface FocalPoint {
  /** 0 (left) to 1 (right) */
  x: number;
  /** 0 (top) to 1 (bottom) */
  y: number;
}

export const CENTRE: FocalPoint = { x: 0.5, y: 0.5 };

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest region of the target's shape inside the picture, centred on the focal point as
 * far as the edges allow, so a crop keeps the subject a person chose.
 */
export function cropBox(source: { width: number; height: number }, target: { width: number; height: number }, focal: FocalPoint = CENTRE): Box {
  const aspect = target.width / target.height;
  let width = source.width;
  let height = Math.round(width / aspect);
  if (height > source.height) {
    height = source.height;
    width = Math.round(height * aspect);
  }
  width = Math.max(1, Math.min(width, source.width));
  height = Math.max(1, Math.min(height, source.height));
  const clamp = (v: number, max: number) => Math.min(Math.max(0, Math.round(v)), max);
  return {
    left: clamp(focal.x * source.width - width / 2, source.width - width),
    top: clamp(focal.y * source.height - height / 2, source.height - height),
    width,
    height,
  };
}

/** The output size of a rendition: never larger than the picture itself (no upscaling). */
export function renditionSize(spec: RenditionSpec, source: { width: number; height: number }): { width: number; height: number } {
  if (spec.fit === "inside") {
    const scale = Math.min(1, spec.width / source.width, spec.height / source.height);
    return { width: Math.max(1, Math.round(source.width * scale)), height: Math.max(1, Math.round(source.height * scale)) };
  }
  const box = cropBox(source, spec);
  const scale = Math.min(1, spec.width / box.width);
  return { width: Math.max(1, Math.round(box.width * scale)), height: Math.max(1, Math.round(box.height * scale)) };
}

/**
 * Perceptual hashes are 64-bit, as 16 hex digits. Re-encoding, resizing, a filter or a small
 * crop moves a few bits; a different photo moves about half of them.
 */
export const NEAR_COPY_DISTANCE = 12;

export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let distance = 0;
  for (let i = 0; i < a.length; i += 4) {
    let x = Number.parseInt(a.slice(i, i + 4), 16) ^ Number.parseInt(b.slice(i, i + 4), 16);
    while (x) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance;
}

/** A picture's hash and the hashes of crops of it (centre and corners, at 90% and 80%). */
export interface PictureHashes {
  whole: string;
  crops: readonly string[];
}

/**
 * How far apart two pictures look, allowing for a crop either way: a cropped copy is near a
 * crop of its original, and an original near a crop of its enlarged copy.
 */
export function copyDistance(a: PictureHashes, b: PictureHashes): number {
  let best = hammingDistance(a.whole, b.whole);
  for (const crop of a.crops) best = Math.min(best, hammingDistance(crop, b.whole));
  for (const crop of b.crops) best = Math.min(best, hammingDistance(a.whole, crop));
  return best;
}

/** Where crops should centre before anyone chooses: the middle of the faces found, else the middle of the picture. */
export function focalPointFromFaces(faces: readonly Box[], size: { width: number; height: number }): FocalPoint {
  if (faces.length === 0) return CENTRE;
  const left = Math.min(...faces.map((f) => f.left));
  const top = Math.min(...faces.map((f) => f.top));
  const right = Math.max(...faces.map((f) => f.left + f.width));
  const bottom = Math.max(...faces.map((f) => f.top + f.height));
  const round = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;
  return { x: round((left + right) / 2 / size.width), y: round((top + bottom) / 2 / size.height) };
}
