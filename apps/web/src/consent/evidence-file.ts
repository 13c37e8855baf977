import { sendFile, type SendResult } from "../components/send-file.ts";

const KINDS = [
  { types: ["application/pdf"], extensions: [".pdf"] },
  { types: ["image/jpeg", "image/pjpeg"], extensions: [".jpg", ".jpeg"] },
  { types: ["image/png"], extensions: [".png"] },
];

export const EVIDENCE_ACCEPT = KINDS.flatMap((k) => [...k.types, ...k.extensions]).join(",");

/** Why this file cannot be the signed form, before anyone waits for it; the API checks the bytes again. */
export function evidenceProblem(file: Pick<File, "name" | "type" | "size">): string | null {
  if (file.size === 0) return `"${file.name}" is empty. Choose the file again.`;
  const name = file.name.toLowerCase();
  const known = KINDS.some((k) => k.types.includes(file.type.toLowerCase()) || k.extensions.some((ext) => name.endsWith(ext)));
  return known ? null : `"${file.name}" is not a PDF, JPEG or PNG. Scan or photograph the signed form and upload that.`;
}

/** Stores the signed form with the consent record. */
export function uploadEvidence(consentId: string, file: File): Promise<SendResult<unknown>> {
  return sendFile(`/api/consents/${encodeURIComponent(consentId)}/evidence`, file);
}
