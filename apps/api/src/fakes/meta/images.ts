import sharp from "sharp";

export type ImageFormat = "jpeg" | "png" | "gif" | "bmp" | "tiff";

/** What the bytes are, by their first bytes: Meta looks at content, not at the file name. */
export function sniffImage(bytes: Uint8Array): ImageFormat | null {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return "jpeg";
  if (starts(0x89, 0x50, 0x4e, 0x47)) return "png";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "gif";
  if (starts(0x42, 0x4d)) return "bmp";
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return "tiff";
  return null;
}

export async function imageSize(bytes: Uint8Array): Promise<{ width: number; height: number } | null> {
  try {
    const meta = await sharp(bytes).metadata();
    return meta.width && meta.height ? { width: meta.width, height: meta.height } : null;
  } catch {
    return null;
  }
}

/** Meta fetches pictures given by URL itself; a picture it cannot fetch is refused. */
export async function fetchImage(fetchImpl: typeof fetch, url: string): Promise<Uint8Array | null> {
  try {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) return null;
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    return null;
  }
}
