import { cropBox, MAX_UPLOAD_PIXELS, PLATFORM_MEDIA_LIMITS, RENDITIONS, renditionSize, type FocalPoint, type PictureHashes, type RenditionSpec, type UploadType } from "@gatehouse/policy";
import sharp, { type Sharp } from "sharp";
import { jpegWithin } from "./encode.ts";
import { metadataFacts, type MetadataFacts } from "./metadata-facts.ts";
import { perceptualHashes } from "./perceptual-hash.ts";

/** Why a file could not be made into a picture; the upload says so in plain words. */
export class UnusableImage extends Error {
  constructor(
    readonly reason: "corrupt" | "too_many_pixels" | "unsupported",
    message: string,
  ) {
    super(message);
    this.name = "UnusableImage";
  }
}

export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

/** Decodes HEIC off the main thread (sharp's own libvips has no HEVC decoder). */
export type HeicDecoder = (bytes: Buffer) => Promise<RawImage>;

export interface Rendition {
  spec: RenditionSpec;
  bytes: Buffer;
  width: number;
  height: number;
  contentType: "image/jpeg";
}

export interface ProcessedImage {
  width: number;
  height: number;
  master: { bytes: Buffer; type: "jpeg" | "png" };
  facts: MetadataFacts;
  hashes: PictureHashes;
  renditions: Rendition[];
  /** the oriented pixels, for face detection and OCR */
  pixels: RawImage;
}

const SHARP_OPTIONS = { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "error" } as const;

function pixelCheck(width: number | undefined, height: number | undefined): void {
  if (!width || !height) throw new UnusableImage("corrupt", "The file is damaged: its size cannot be read.");
  if (width * height > MAX_UPLOAD_PIXELS) {
    throw new UnusableImage(
      "too_many_pixels",
      `The picture is ${width.toLocaleString("en-GB")} x ${height.toLocaleString("en-GB")} pixels: the limit is ${MAX_UPLOAD_PIXELS / 1_000_000} megapixels. Make it smaller and try again.`,
    );
  }
}

function fromRaw(raw: RawImage): Sharp {
  return sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: raw.channels }, limitInputPixels: MAX_UPLOAD_PIXELS });
}

/** Turns the upload into oriented pixels, with what its metadata said. Nothing of the original survives but its pixels. */
export async function decodeUpload(bytes: Buffer, type: UploadType, decodeHeic: HeicDecoder): Promise<{ raw: RawImage; facts: MetadataFacts }> {
  try {
    if (type === "heic") {
      const raw = await decodeHeic(bytes);
      pixelCheck(raw.width, raw.height);
      return { raw, facts: { artist: null, copyright: null, gps: false, camera: null, takenAt: null, blocks: [] } };
    }
    const meta = await sharp(bytes, SHARP_OPTIONS).metadata();
    pixelCheck(meta.width, meta.height);
    const { data, info } = await sharp(bytes, SHARP_OPTIONS).rotate().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
    return { raw: { data, width: info.width, height: info.height, channels: info.channels }, facts: metadataFacts(meta) };
  } catch (error) {
    if (error instanceof UnusableImage) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(message)) throw new UnusableImage("too_many_pixels", `The picture has more than ${MAX_UPLOAD_PIXELS / 1_000_000} megapixels. Make it smaller and try again.`);
    throw new UnusableImage("corrupt", "The picture is damaged or incomplete (perhaps the upload or the copy was cut short). Export it again and upload the new copy.");
  }
}

/** Every rendition of the list, cropped around the focal point, never enlarged, with no metadata at all. */
export async function makeRenditions(source: Sharp, size: { width: number; height: number }, focal: FocalPoint, specs: readonly RenditionSpec[] = RENDITIONS): Promise<Rendition[]> {
  return Promise.all(
    specs.map(async (spec) => {
      const out = renditionSize(spec, size);
      let image = source.clone();
      if (spec.fit === "cover") image = image.extract(cropBox(size, spec, focal));
      const sized = image.resize(out.width, out.height, { fit: "fill" }).flatten({ background: "#ffffff" });
      const { data, width, height } = await jpegWithin(sized, spec.platform ? PLATFORM_MEDIA_LIMITS[spec.platform].maxBytes : null);
      return { spec, bytes: data, width, height, contentType: "image/jpeg" as const };
    }),
  );
}

/**
 * Decoded pixels to publishable media: a master and each platform's rendition written fresh
 * from the pixels (so no EXIF with GPS, IPTC, XMP or ICC block of the original survives),
 * and a perceptual hash to find copies later.
 */
export async function finishImage(raw: RawImage, focal: FocalPoint): Promise<Omit<ProcessedImage, "facts" | "pixels">> {
  const pixels = fromRaw(raw);
  const hasAlpha = raw.channels === 2 || raw.channels === 4;
  const size = { width: raw.width, height: raw.height };
  // Renditions and hashes need far fewer pixels than a phone takes: shrink once, not eleven times.
  const [working, small] = await Promise.all([shrink(raw, WORKING_SIDE), shrink(raw, HASH_SIDE)]);
  const [master, renditions, hashes] = await Promise.all([
    hasAlpha ? pixels.clone().png().toBuffer() : pixels.clone().jpeg({ quality: 92 }).toBuffer(),
    makeRenditions(fromRaw(working), { width: working.width, height: working.height }, focal),
    perceptualHashes(fromRaw(small), { width: small.width, height: small.height }),
  ]);
  return { ...size, master: { bytes: master, type: hasAlpha ? "png" : "jpeg" }, hashes, renditions };
}

/** The largest rendition is 1,600 pixels: working at 2,400 keeps them sharp. Hashes look at 32 x 32 crops. */
const WORKING_SIDE = 2400;
const HASH_SIDE = 512;

async function shrink(raw: RawImage, side: number): Promise<RawImage> {
  if (Math.max(raw.width, raw.height) <= side) return raw;
  const { data, info } = await fromRaw(raw).resize(side, side, { fit: "inside", kernel: "lanczos3" }).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** Upload to publishable media in one go: decoded by content, auto-oriented, sanitised, rendered, hashed. */
export async function processImage(bytes: Buffer, type: UploadType, focal: FocalPoint, decodeHeic: HeicDecoder): Promise<ProcessedImage> {
  const { raw, facts } = await decodeUpload(bytes, type, decodeHeic);
  return { ...(await finishImage(raw, focal)), facts, pixels: raw };
}

/** Renditions made again from the stored master, after the focal point moved. */
export async function renditionsFromMaster(master: Buffer, focal: FocalPoint): Promise<Rendition[]> {
  const image = sharp(master, SHARP_OPTIONS);
  const meta = await image.metadata();
  return makeRenditions(image, { width: meta.width, height: meta.height }, focal);
}
