import { MAX_UPLOAD_BYTES } from "@gatehouse/policy";
import type { Context } from "hono";
import { ingestUpload, uploadDetails, UploadRefused } from "../assets/ingest.ts";
import { getAsset } from "../assets/service.ts";
import type { Deps } from "../deps.ts";
import { httpError, signedIn } from "./http-errors.ts";
import { readMultipartFile } from "./multipart-file.ts";

/** Room for the multipart envelope around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

/** POST /api/assets: one photo, multipart field "file"; 201 with the asset, or a 4xx that says what is wrong and stores nothing. */
export function assetUploadHandler(deps: Deps) {
  return async (c: Context) => {
    const who = await signedIn(deps, c, "assets.upload");
    if ("refusal" in who) return who.refusal;
    const declared = Number(c.req.header("content-length") ?? "0");
    if (declared > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) {
      // Said up front: refuse before reading a byte.
      return httpError(c, 413, "FILE_TOO_LARGE", `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Make it smaller and try again.`);
    }
    const read = await readMultipartFile(c.req.raw.body, c.req.header("content-type"), "file", MAX_UPLOAD_BYTES);
    if (!read.ok) return httpError(c, read.status, read.code, read.message);
    try {
      const id = await ingestUpload(deps, who.user, { name: read.name, bytes: read.bytes }, uploadDetails(read.fields));
      return c.json(await getAsset(deps, who.user, id), 201);
    } catch (error) {
      if (error instanceof UploadRefused) return httpError(c, error.status, error.code, error.message);
      throw error;
    }
  };
}
