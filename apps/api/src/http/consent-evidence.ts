import type { Context } from "hono";
import { attachEvidence, EVIDENCE_MAX_BYTES, evidenceOf } from "../consent/evidence.ts";
import type { Deps } from "../deps.ts";
import { AppError } from "../errors.ts";
import { httpError, signedIn } from "./http-errors.ts";
import { readMultipartFile } from "./multipart-file.ts";

const STATUS = { BAD_REQUEST: 400, NOT_FOUND: 404, CONFLICT: 409, FORBIDDEN: 403 } as const;

function refusal(c: Context, error: unknown) {
  if (error instanceof AppError && error.code in STATUS) return httpError(c, STATUS[error.code as keyof typeof STATUS], error.code, error.message);
  throw error;
}

/** POST /api/consents/:id/evidence: the signed consent form (PDF, JPEG or PNG), stored privately. */
export function consentEvidenceUploadHandler(deps: Deps) {
  return async (c: Context) => {
    const who = await signedIn(deps, c, "consent.manage");
    if ("refusal" in who) return who.refusal;
    const read = await readMultipartFile(c.req.raw.body, c.req.header("content-type"), "file", EVIDENCE_MAX_BYTES);
    if (!read.ok) return httpError(c, read.status, read.code, read.message);
    try {
      return c.json(await attachEvidence(deps, who.user, c.req.param("id") ?? "", { name: read.name, bytes: read.bytes }), 201);
    } catch (error) {
      return refusal(c, error);
    }
  };
}

/** GET /api/consents/:id/evidence: the signed form, to the people who keep the register; always a download. */
export function consentEvidenceDownloadHandler(deps: Deps) {
  return async (c: Context) => {
    const who = await signedIn(deps, c, "consent.view");
    if ("refusal" in who) return who.refusal;
    try {
      const file = await evidenceOf(deps, c.req.param("id") ?? "");
      return c.body(new Uint8Array(file.bytes), 200, {
        "Content-Type": file.type,
        "Content-Disposition": `attachment; filename="${file.name.replace(/[^\w.\- ]/g, "_")}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      });
    } catch (error) {
      return refusal(c, error);
    }
  };
}
