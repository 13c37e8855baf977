import { copyDistance, NEAR_COPY_DISTANCE } from "@gatehouse/policy";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { perceptualHashes } from "../src/media/perceptual-hash.ts";
import { distinctPicture, facePhoto } from "./support/images.ts";

async function hashesOf(bytes: Buffer) {
  const meta = await sharp(bytes).metadata();
  return perceptualHashes(sharp(bytes), { width: meta.width, height: meta.height });
}

describe("perceptual hashes", () => {
  it("keep a photo's copies near: re-encoded, resized, filtered, cropped off-centre", async () => {
    const original = facePhoto("sample4.jpg");
    const base = await hashesOf(original);
    const copies = {
      reencoded: await sharp(original).jpeg({ quality: 40 }).toBuffer(),
      resized: await sharp(original).resize(640).png().toBuffer(),
      greyscale: await sharp(original).greyscale().toBuffer(),
      brighter: await sharp(original).modulate({ brightness: 1.2, saturation: 0.5 }).toBuffer(),
      "cropped 3%": await sharp(original).extract({ left: 60, top: 45, width: 1800, height: 1358 }).toBuffer(),
      "cropped 15%, off-centre": await sharp(original).extract({ left: 250, top: 30, width: 1632, height: 1230 }).toBuffer(),
      "cropped square": await sharp(original).extract({ left: 236, top: 0, width: 1448, height: 1448 }).toBuffer(),
    };
    for (const [name, bytes] of Object.entries(copies)) {
      const copy = await hashesOf(bytes);
      expect(copyDistance(base, copy), name).toBeLessThanOrEqual(NEAR_COPY_DISTANCE);
      // and the other way round: the original found from the copy
      expect(copyDistance(copy, base), name).toBeLessThanOrEqual(NEAR_COPY_DISTANCE);
    }
  });

  it("keep different pictures apart", async () => {
    const hashes = await Promise.all([facePhoto("sample1.jpg"), facePhoto("sample4.jpg"), await distinctPicture(1), await distinctPicture(2)].map(hashesOf));
    for (let i = 0; i < hashes.length; i++) {
      for (let j = i + 1; j < hashes.length; j++) expect(copyDistance(hashes[i]!, hashes[j]!), `${i} vs ${j}`).toBeGreaterThan(NEAR_COPY_DISTANCE);
    }
  });
});
