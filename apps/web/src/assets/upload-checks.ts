import { MAX_UPLOAD_BYTES, UPLOAD_TYPE_LABELS, UPLOAD_TYPES, type UploadType } from "@gatehouse/policy";

/** How browsers name each kind of photo the API accepts, by media type and by file name. */
const KNOWN: Record<UploadType, { types: readonly string[]; extensions: readonly string[] }> = {
  jpeg: { types: ["image/jpeg", "image/pjpeg"], extensions: [".jpg", ".jpeg", ".jfif"] },
  png: { types: ["image/png"], extensions: [".png"] },
  webp: { types: ["image/webp"], extensions: [".webp"] },
  heic: { types: ["image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence"], extensions: [".heic", ".heif"] },
};

/** For the file input's `accept`: what the file chooser offers first. */
export const ACCEPT = UPLOAD_TYPES.flatMap((type) => [...KNOWN[type].types, ...KNOWN[type].extensions]).join(",");

const TYPE_LIST = (() => {
  const labels = UPLOAD_TYPES.map((type) => UPLOAD_TYPE_LABELS[type]);
  return `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}`;
})();

export const MAX_UPLOAD_MB = Math.round(MAX_UPLOAD_BYTES / 1024 / 1024);

/** What the file chooser's hint says. */
export const UPLOAD_RULES = `${TYPE_LIST} photos, up to ${MAX_UPLOAD_MB} MB each.`;

function looksLikePhoto(file: Pick<File, "name" | "type">): boolean {
  const name = file.name.toLowerCase();
  // Some browsers give HEIC files no media type at all: the name is then all there is to go on.
  return UPLOAD_TYPES.some((type) => KNOWN[type].types.includes(file.type.toLowerCase()) || KNOWN[type].extensions.some((ext) => name.endsWith(ext)));
}

/**
 * Why this file would be refused, said before anyone waits for it to upload; null if it may
 * go. The API checks the bytes themselves again: this only saves a wasted wait.
 */
export function uploadProblem(file: Pick<File, "name" | "type" | "size">): string | null {
  if (file.size === 0) return `"${file.name}" is empty. Choose the photo again.`;
  if (file.size > MAX_UPLOAD_BYTES) return `"${file.name}" is larger than ${MAX_UPLOAD_MB} MB. Make it smaller and try again.`;
  if (!looksLikePhoto(file)) return `"${file.name}" is not a ${TYPE_LIST} photo.`;
  return null;
}
