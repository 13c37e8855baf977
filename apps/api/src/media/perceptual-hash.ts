import type { Sharp } from "sharp";

const SIZE = 32;
const KEEP = 8;

/** cos((2x + 1) u pi / 2N) for every x, u: the DCT's basis, computed once. */
const BASIS = Array.from({ length: KEEP }, (_, u) => Float64Array.from({ length: SIZE }, (_, x) => Math.cos(((2 * x + 1) * u * Math.PI) / (2 * SIZE))));

/**
 * A 64-bit DCT perceptual hash (pHash): the picture shrunk to 32 x 32 grey, its lowest 8 x 8
 * frequencies, one bit each for above or below their median. Re-encoding, resizing, colour
 * filters and small crops leave it within a few bits.
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

export async function perceptualHash(image: Sharp): Promise<string> {
  const grey = await image.clone().greyscale().resize(SIZE, SIZE, { fit: "fill", kernel: "lanczos3" }).raw().toBuffer();
  return hashOfGrey32(grey);
}
