import { recordAudit } from "../audit/service.ts";
import type { Deps } from "../deps.ts";
import { AppError, notFound } from "../errors.ts";
import type { UserWithRoles } from "../users/repo.ts";
import * as repo from "./repo.ts";

export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

/** A signed form arrives as a scan (PDF) or a photo of it; decided by content, never by name. */
function evidenceType(bytes: Buffer): string | null {
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  return null;
}

export async function attachEvidence(deps: Deps, actor: UserWithRoles, consentId: string, file: { name: string; bytes: Buffer }) {
  const consent = await repo.findConsent(deps.db, consentId);
  if (!consent) throw notFound("That consent record");
  if (file.bytes.length === 0) throw new AppError("BAD_REQUEST", `"${file.name}" is empty (0 bytes). Choose the signed form again.`);
  const type = evidenceType(file.bytes);
  if (!type) throw new AppError("BAD_REQUEST", `"${file.name}" is not a PDF, JPEG or PNG. Scan or photograph the signed form and upload that.`);
  const key = await deps.storage.put(file.bytes);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (tx) => {
    await repo.updateConsent(tx, consentId, { evidence_key: key, evidence_name: file.name.slice(0, 255), evidence_type: type, updated_at: now });
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "consent.evidence_attached",
      entityType: "consent",
      entityId: consentId,
      after: { type, bytes: file.bytes.length, sha256: key },
    });
  });
  return { id: consentId, evidence: { name: file.name, type, bytes: file.bytes.length } };
}

export async function evidenceOf(deps: Deps, consentId: string) {
  const consent = await repo.findConsent(deps.db, consentId);
  if (!consent?.evidence_key) throw notFound("A signed form for that consent record");
  const bytes = await deps.storage.get(consent.evidence_key);
  if (!bytes) throw notFound("The stored signed form");
  return { bytes, type: consent.evidence_type ?? "application/octet-stream", name: consent.evidence_name ?? "consent-form" };
}
