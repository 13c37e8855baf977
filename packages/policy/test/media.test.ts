import { describe, expect, it } from "vitest";
import { copyDistance, cropBox, focalPointFromFaces, hammingDistance, imageTextFindings, publishRenditionFor, RENDITIONS, renditionSize, DEFAULT_SETTINGS, PLATFORMS } from "../src/index.ts";

describe("crops", () => {
  it("takes the largest region of the target's shape, centred on the focal point", () => {
    expect(cropBox({ width: 4000, height: 3000 }, { width: 1080, height: 1080 })).toEqual({ left: 500, top: 0, width: 3000, height: 3000 });
    expect(cropBox({ width: 4000, height: 3000 }, { width: 1080, height: 1080 }, { x: 0.1, y: 0.5 })).toEqual({ left: 0, top: 0, width: 3000, height: 3000 });
    expect(cropBox({ width: 4000, height: 3000 }, { width: 1080, height: 1080 }, { x: 0.8, y: 0.5 })).toEqual({ left: 1000, top: 0, width: 3000, height: 3000 });
    expect(cropBox({ width: 3000, height: 4000 }, { width: 1600, height: 900 }, { x: 0.5, y: 0.2 })).toEqual({ left: 0, top: 0, width: 3000, height: 1688 });
    expect(cropBox({ width: 3000, height: 4000 }, { width: 1600, height: 900 }, { x: 0.5, y: 0.6 })).toEqual({ left: 0, top: 1556, width: 3000, height: 1688 });
  });

  it("never makes a rendition larger than the picture", () => {
    const x = RENDITIONS.find((r) => r.name === "x")!;
    expect(renditionSize(x, { width: 4000, height: 3000 })).toEqual({ width: 1600, height: 900 });
    expect(renditionSize(x, { width: 800, height: 600 })).toEqual({ width: 800, height: 450 });
    const preview = RENDITIONS.find((r) => r.name === "preview")!;
    expect(renditionSize(preview, { width: 4000, height: 3000 })).toEqual({ width: 1600, height: 1200 });
    expect(renditionSize(preview, { width: 640, height: 480 })).toEqual({ width: 640, height: 480 });
  });

  it("has a rendition for every platform", () => {
    for (const platform of PLATFORMS) expect(publishRenditionFor(platform).platform).toBe(platform);
  });
});

describe("near copies", () => {
  it("counts differing bits of two 64-bit hashes", () => {
    expect(hammingDistance("0000000000000000", "0000000000000000")).toBe(0);
    expect(hammingDistance("ffffffffffffffff", "0000000000000000")).toBe(64);
    expect(hammingDistance("8000000000000001", "0000000000000000")).toBe(2);
  });

  it("measures copies allowing for a crop either way", () => {
    const original = { whole: "ffff0000ffff0000", crops: ["0f0f0f0f0f0f0f0f"] };
    const cropped = { whole: "0f0f0f0f0f0f0f0e", crops: [] };
    expect(copyDistance(original, cropped)).toBe(1);
    expect(copyDistance(cropped, original)).toBe(1);
    expect(copyDistance({ whole: "0000000000000000", crops: [] }, { whole: "ffffffffffffffff", crops: [] })).toBe(64);
  });
});

describe("text read off a picture", () => {
  it("finds personal data on a whiteboard and says where it was read", () => {
    const findings = imageTextFindings("ward.jpg", "Ward 7 board\nNHS 943 476 5919\n", DEFAULT_SETTINGS);
    expect(findings.map((f) => f.category)).toContain("pii.nhs_number");
    const nhs = findings.find((f) => f.category === "pii.nhs_number")!;
    expect(nhs.message).toMatch(/^In the text of "ward.jpg" \("943 476 5919"\)/);
    expect(nhs.clause).toContain("CO23 §3.5.3");
  });

  it("ignores what only matters in a post's own text", () => {
    expect(imageTextFindings("poster.png", "Visit https://example.com #getyourflujab", DEFAULT_SETTINGS)).toEqual([]);
    expect(imageTextFindings("blank.png", "  ", DEFAULT_SETTINGS)).toEqual([]);
  });
});

describe("the default focal point", () => {
  it("centres on the faces found, or on the picture", () => {
    expect(focalPointFromFaces([], { width: 100, height: 100 })).toEqual({ x: 0.5, y: 0.5 });
    expect(
      focalPointFromFaces(
        [
          { left: 10, top: 10, width: 10, height: 10 },
          { left: 30, top: 20, width: 10, height: 10 },
        ],
        { width: 100, height: 100 },
      ),
    ).toEqual({ x: 0.25, y: 0.2 });
  });
});
