import exifReader from "exif-reader";
import type { Metadata } from "sharp";

/**
 * What the original's metadata said, kept as facts after every block is stripped: a
 * photographer's credit or copyright (official content is never credited to an individual:
 * CO23 §3.5.4, ICBP038 §3.6) and whether it carried a location.
 */
export interface MetadataFacts {
  artist: string | null;
  copyright: string | null;
  /** the picture said where it was taken */
  gps: boolean;
  camera: string | null;
  takenAt: string | null;
  /** which blocks the original carried */
  blocks: ("exif" | "iptc" | "xmp" | "icc")[];
}

const clean = (value: unknown): string | null => {
  if (typeof value !== "string") return null;
  // EXIF strings are NUL-padded and sometimes blank.
  const text = value.replace(/\0/g, "").trim();
  return text ? text.slice(0, 500) : null;
};

function fromExif(buffer: Buffer) {
  try {
    const exif = exifReader(buffer);
    const gps = exif.GPSInfo ?? {};
    const taken = exif.Photo?.DateTimeOriginal;
    return {
      artist: clean(exif.Image?.Artist),
      copyright: clean(exif.Image?.Copyright),
      gps: gps.GPSLatitude !== undefined || gps.GPSLongitude !== undefined,
      camera: clean([clean(exif.Image?.Make), clean(exif.Image?.Model)].filter(Boolean).join(" ")),
      takenAt: taken instanceof Date && !Number.isNaN(taken.getTime()) ? taken.toISOString() : null,
    };
  } catch {
    // Broken EXIF says nothing we can trust; the picture itself may still be fine.
    return null;
  }
}

/** XMP is XML text: the creator, rights and a location, where a photo tool wrote them. */
function fromXmp(buffer: Buffer) {
  const xml = buffer.toString("utf8");
  const tag = (name: string) => {
    const element = new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1];
    const attribute = new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];
    const text = (element ?? attribute ?? "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    return clean(text);
  };
  return { artist: tag("dc:creator") ?? tag("photoshop:Credit"), copyright: tag("dc:rights"), gps: /exif:GPSLatitude/.test(xml) };
}

/** IPTC-IIM records: 2:80 by-line, 2:110 credit, 2:116 copyright notice. */
function fromIptc(buffer: Buffer) {
  const records = new Map<number, string>();
  for (let i = 0; i + 5 <= buffer.length; i++) {
    if (buffer[i] !== 0x1c || buffer[i + 1] !== 0x02) continue;
    const dataset = buffer[i + 2]!;
    const length = buffer.readUInt16BE(i + 3);
    if (!records.has(dataset)) records.set(dataset, buffer.subarray(i + 5, i + 5 + length).toString("utf8"));
    i += 4 + length;
  }
  return { artist: clean(records.get(80) ?? records.get(110)), copyright: clean(records.get(116)) };
}

export function metadataFacts(meta: Metadata): MetadataFacts {
  const exif = meta.exif ? fromExif(meta.exif) : null;
  const xmp = meta.xmp ? fromXmp(meta.xmp) : null;
  const iptc = meta.iptc ? fromIptc(meta.iptc) : null;
  const blocks: MetadataFacts["blocks"] = [];
  if (meta.exif) blocks.push("exif");
  if (meta.iptc) blocks.push("iptc");
  if (meta.xmp) blocks.push("xmp");
  if (meta.icc) blocks.push("icc");
  return {
    artist: exif?.artist ?? xmp?.artist ?? iptc?.artist ?? null,
    copyright: exif?.copyright ?? xmp?.copyright ?? iptc?.copyright ?? null,
    gps: Boolean(exif?.gps || xmp?.gps),
    camera: exif?.camera ?? null,
    takenAt: exif?.takenAt ?? null,
    blocks,
  };
}
