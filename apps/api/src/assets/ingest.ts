import { createHash } from "node:crypto";
import { CLASSIFICATIONS, focalPointFromFaces, UPLOAD_TYPE_LABELS, type Classification, type UploadType } from "@gatehouse/policy";
import { recordAudit } from "../audit/service.ts";
import type { Deps } from "../deps.ts";
import { newId } from "../ids.ts";
import { decodeUpload, finishImage, UnusableImage } from "../media/process-image.ts";
import { sniff } from "../media/sniff.ts";
import type { UserWithRoles } from "../users/repo.ts";
import * as repo from "./repo.ts";
import { storeRenditions } from "./renditions.ts";

/** An upload that cannot become an asset, with the HTTP status and the words to say so. */
export class UploadRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415 | 422,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "UploadRefused";
  }
}

const ACCEPTED = Object.values(UPLOAD_TYPE_LABELS).join(", ").replace(/, ([^,]*)$/, " or $1");

/** What can be said about a picture as it is uploaded: its label, tags, caption and alt text. */
export interface UploadDetails {
  caption: string;
  altText: string;
  classification: Classification | null;
  tags: string[];
}

/** The upload form's optional fields, checked as assets.update checks them; a bad one refuses the upload before it is read. */
export function uploadDetails(fields: Record<string, string>): UploadDetails {
  const classification = fields.classification?.trim() || null;
  if (classification !== null && !(CLASSIFICATIONS as readonly string[]).includes(classification)) {
    throw new UploadRefused(400, "BAD_LABEL", `"${classification}" is not a label: choose ${CLASSIFICATIONS.join(" or ")}.`);
  }
  const tags = [...new Set((fields.tags ?? "").split(",").map((t) => t.trim()).filter(Boolean))];
  if (tags.length > 20 || tags.some((t) => t.length > 50)) throw new UploadRefused(400, "BAD_TAGS", "Use 20 tags or fewer, each of 50 characters or fewer.");
  const altText = (fields.altText ?? "").trim();
  if (altText.length > 1000) throw new UploadRefused(400, "ALT_TEXT_TOO_LONG", "Keep the alt text to 1,000 characters or fewer: that is the most X and Instagram accept.");
  const caption = (fields.caption ?? "").trim();
  if (caption.length > 2200) throw new UploadRefused(400, "CAPTION_TOO_LONG", "Keep the caption to 2,200 characters or fewer.");
  return { caption, altText, classification: classification as Classification | null, tags };
}

/** A look at the picture that fails leaves its answer unknown (null) rather than failing the upload. */
async function settled<T>(deps: Deps, look: Promise<T>, what: string): Promise<T | null> {
  try {
    return await look;
  } catch (error) {
    deps.log.warn({ err: error }, `${what} failed; the asset's answer is unknown`);
    return null;
  }
}

/**
 * An upload becomes an asset: type decided by content, decoded within the pixel limit,
 * sanitised, rendered for every platform, hashed, searched for faces and text, and stored.
 * Anything wrong with the file stops it before a byte is stored.
 */
export async function ingestUpload(deps: Deps, actor: UserWithRoles, file: { name: string; bytes: Buffer }, details: UploadDetails = { caption: "", altText: "", classification: null, tags: [] }): Promise<string> {
  if (file.bytes.length === 0) throw new UploadRefused(400, "EMPTY_FILE", `"${file.name}" is empty (0 bytes). Choose the photo again.`);
  const sniffed = sniff(file.bytes.subarray(0, 512));
  if (!sniffed.ok) throw new UploadRefused(415, "UNSUPPORTED_TYPE", `"${file.name}" is ${sniffed.looksLike}, not a photo. Upload a ${ACCEPTED} file.`);
  const type: UploadType = sniffed.type;

  let decoded;
  try {
    decoded = await decodeUpload(file.bytes, type, (bytes) => deps.analyser.decodeHeic(bytes));
  } catch (error) {
    if (error instanceof UnusableImage) {
      throw new UploadRefused(error.reason === "too_many_pixels" ? 413 : 422, error.reason === "too_many_pixels" ? "TOO_MANY_PIXELS" : "DAMAGED_FILE", `"${file.name}": ${error.message}`);
    }
    throw error;
  }
  const { raw, facts } = decoded;
  // OCR is the slowest look: it runs on its thread while faces are found and the crops made around them.
  const reading = settled(deps, deps.analyser.text(raw), "OCR");
  const faces = await settled(deps, deps.analyser.faces(raw), "face detection");
  const focal = focalPointFromFaces((faces ?? []).map((f) => ({ left: f.x, top: f.y, width: f.width, height: f.height })), raw);
  const image = await finishImage(raw, focal);
  const found = { faces, text: await reading };
  const masterKey = await deps.storage.put(image.master.bytes);

  const id = newId(deps.clock.now().getTime());
  const renditions = await storeRenditions(deps, id, image.renditions);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (tx) => {
    await repo.insertAsset(tx, {
      id,
      uploaded_by: actor.id,
      department_id: actor.departmentId,
      original_name: file.name.slice(0, 255),
      original_type: type,
      original_bytes: file.bytes.length,
      original_sha256: createHash("sha256").update(file.bytes).digest("hex"),
      master_key: masterKey,
      master_type: image.master.type,
      width: image.width,
      height: image.height,
      phash: image.hashes.whole,
      phash_crops: JSON.stringify(image.hashes.crops),
      state: "ready",
      faces_json: found.faces ? JSON.stringify(found.faces) : null,
      face_count: found.faces ? found.faces.length : null,
      ocr_text: found.text,
      meta_json: JSON.stringify(facts),
      people: null,
      people_note: null,
      people_declared_by: null,
      people_declared_at: null,
      focal_x: focal.x,
      focal_y: focal.y,
      caption: details.caption,
      alt_text: details.altText,
      classification: details.classification,
      tags_json: JSON.stringify(details.tags),
      brand_state: "pending",
      brand_reviewed_by: null,
      brand_reviewed_at: null,
      brand_reason: null,
      created_at: now,
      updated_at: now,
    });
    await repo.replaceRenditions(tx, id, renditions);
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "asset.uploaded",
      entityType: "asset",
      entityId: id,
      after: {
        name: file.name,
        type,
        bytes: file.bytes.length,
        width: image.width,
        height: image.height,
        faces: found.faces?.length ?? null,
        textFound: Boolean(found.text),
        metadataStripped: facts.blocks,
        gps: facts.gps,
        credit: Boolean(facts.artist || facts.copyright),
      },
    });
  });
  return id;
}
