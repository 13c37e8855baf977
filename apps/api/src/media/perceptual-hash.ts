import type { PictureHashes } from "@gatehouse/policy";
import type { Sharp } from "sharp";

const SIZE = 32;
const KEEP = 8;

/** cos((2x + 1) u pi / 2N) for every x, u: the DCT's basis, computed once. */
const BASIS = Array.from({ length: KEEP }, (_, u) => Float64Array.from({ length: SIZE }, (_, x) => Math.cos(((2 * x + 1) * u * Math.PI) / (2 * SIZE))));

/**
 * A 64-bit DCT perceptual hash (pHash): the picture shrunk to 32 x 32 grey, its lowest 8 x 8
 * frequencies, one bit each for above or below their median. Re-encoding, resizing and colour
 * filters leave it within a few bits.
 */
export function hashOfGrey32(pixels: Uint8Array): string {
  const dct = new Float64Array(KEEP * KEEP);
  for (let u = 0; u < KEEP; u++) {
    for (let v = 0; v < KEEP; v++) {
      let sum = 0;
      for (let y = 0; y < SIZE; y++) {
        const bv = BASIS[v]![y]!;
        const row = y * SIZE;
        for (let x = 0; x < SIZE; x++) sum += pixels[row + x]! * BASIS[u]![x]! * bv;
      }
      dct[u * KEEP + v] = sum;
    }
  }
  // The first coefficient is the average brightness: it says nothing about the picture's shape.
  const median = [...dct.subarray(1)].sort((a, b) => a - b)[Math.floor((KEEP * KEEP - 1) / 2)]!;
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) value = (value << 1) | (dct[nibble * 4 + bit]! > median ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

async function hashOf(image: Sharp): Promise<string> {
  return hashOfGrey32(await image.greyscale().resize(SIZE, SIZE, { fit: "fill", kernel: "lanczos3" }).raw().toBuffer());
}

/** Where the crops are taken: the centre and the four corners. */
const ANCHORS = [
  [0.5, 0.5],
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
] as const;

/**
 * The whole picture's hash and those of crops of it (90% and 80%, centre and corners): a
 * whole-picture hash drifts past the threshold once a copy is cropped by a few per cent,
 * but the copy's hash stays close to the matching crop of the original.
 */
export async function perceptualHashes(image: Sharp, size: { width: number; height: number }): Promise<PictureHashes> {
  const crops: Promise<string>[] = [];
  for (const scale of [0.9, 0.8]) {
    const width = Math.max(1, Math.round(size.width * scale));
    const height = Math.max(1, Math.round(size.height * scale));
    for (const [fx, fy] of ANCHORS) {
      crops.push(hashOf(image.clone().extract({ left: Math.round((size.width - width) * fx), top: Math.round((size.height - height) * fy), width, height })));
    }
  }
  return { whole: await hashOf(image.clone()), crops: await Promise.all(crops) };
}
