/**
 * Where media bytes live, by the sha256 of their content: the same bytes are stored once,
 * and a key can never point at different bytes. Local folder by default; an S3-compatible
 * store is a second implementation of this interface.
 */
export interface BlobStore {
  /** stores the bytes (once) and returns their key */
  put(bytes: Buffer): Promise<string>;
  /** the bytes, or null when nothing is stored under the key */
  get(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
}

export const isBlobKey = (key: string) => /^[0-9a-f]{64}$/.test(key);
