import fs from "node:fs";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import sharp from "sharp";

const FACES = fileURLToPath(new URL("../../../../test/fixtures/faces/", import.meta.url));

/** A real photograph with faces (see test/fixtures/faces/README.md). */
export function facePhoto(name: "sample1.jpg" | "sample4.jpg" | "two-people.heic"): Buffer {
  return fs.readFileSync(`${FACES}${name}`);
}

/** Two people: the left two of the three faces in sample1.jpg. */
export async function twoPeople(): Promise<Buffer> {
  return sharp(facePhoto("sample1.jpg")).extract({ left: 300, top: 200, width: 800, height: 600 }).jpeg({ quality: 90 }).toBuffer();
}

/** Shapes and a gradient: no face, no text. */
export async function landscape(width = 1600, height = 1200, seed = 0): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7fb3e6"/><stop offset="1" stop-color="#e8f1fa"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * (0.2 + seed * 0.1)}" cy="${height * 0.25}" r="${height * 0.1}" fill="#ffd24a"/>
    <polygon points="0,${height} ${width * 0.35},${height * 0.45} ${width * 0.7},${height} " fill="#2e6b3a"/>
    <polygon points="${width * 0.4},${height} ${width * 0.75},${height * 0.55} ${width},${height}" fill="#3f8a4f"/>
    <rect x="${width * 0.55}" y="${height * 0.62}" width="${width * 0.18}" height="${height * 0.2}" fill="#8a4b2e"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

/** A JPEG that says who took it and where: credit, copyright and GPS in its EXIF. */
export async function withGpsAndCredit(image: Buffer): Promise<Buffer> {
  return sharp(image)
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Artist: "Jane Smith", Copyright: "Jane Smith Photography Ltd", Make: "Canon", Model: "EOS R6" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "54/1 58/1 30/1", GPSLongitudeRef: "W", GPSLongitude: "1/1 36/1 10/1" },
    })
    .toBuffer();
}

/** A ward whiteboard with patients' names and an NHS number on it. */
export async function whiteboard(): Promise<Buffer> {
  const line = (y: number, text: string) => `<text x="60" y="${y}" font-size="56" font-family="DejaVu Sans, Liberation Sans, sans-serif" fill="#1d2a6b">${text}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="700">
    <rect width="100%" height="100%" fill="#fbfbf8"/>
    ${line(120, "Ward 7 whiteboard")}${line(260, "Bed 3: John Smith")}${line(400, "NHS 943 476 5919")}${line(540, "Bed 4: Mary Jones DOB 12/03/1948")}
  </svg>`;
  const image = await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
  // Without a font the text renders as nothing and the test would prove nothing: say so.
  const { dominant, channels } = await sharp(image).stats();
  if (channels.every((c) => c.min > 200)) throw new Error(`No font rendered the whiteboard's text (dominant ${JSON.stringify(dominant)}): install fonts-dejavu-core.`);
  return image;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/**
 * A PNG whose header claims 30,000 x 30,000 grey pixels (900 megapixels) over a few rows of
 * compressed zeros: what a decompression bomb looks like before it is decoded.
 */
export function pngBomb(side = 30_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = zlib.deflateSync(Buffer.alloc((side + 1) * 16), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", rows), chunk("IEND", Buffer.alloc(0))]);
}

/** Where the EXIF, XMP, IPTC and ICC blocks of a JPEG would be: APP1, APP13 and APP2 segments. */
export function jpegMetadataSegments(jpeg: Buffer): string[] {
  const found: string[] = [];
  let i = 2;
  while (i + 4 <= jpeg.length && jpeg[i] === 0xff) {
    const marker = jpeg[i + 1]!;
    if (marker === 0xda) break; // start of scan: no more headers
    const length = jpeg.readUInt16BE(i + 2);
    const body = jpeg.subarray(i + 4, i + 2 + length);
    if (marker === 0xe1) found.push(body.subarray(0, 4).toString("latin1") === "Exif" ? "exif" : "xmp");
    if (marker === 0xed) found.push("iptc");
    if (marker === 0xe2 && body.subarray(0, 11).toString("latin1") === "ICC_PROFILE") found.push("icc");
    i += 2 + length;
  }
  return found;
}

/** A picture unlike any other seed's: random blocks of colour, so no two seeds look like copies of each other. */
export async function distinctPicture(seed: number, width = 900, height = 600): Promise<Buffer> {
  let state = seed * 7919 + 17;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const blocks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const colour = `rgb(${Math.floor(random() * 256)},${Math.floor(random() * 256)},${Math.floor(random() * 256)})`;
    blocks.push(`<rect x="${Math.floor(random() * width)}" y="${Math.floor(random() * height)}" width="${Math.floor(60 + random() * width * 0.5)}" height="${Math.floor(60 + random() * height * 0.5)}" fill="${colour}"/>`);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#808080"/>${blocks.join("")}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}
