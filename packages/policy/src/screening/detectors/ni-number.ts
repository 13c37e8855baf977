import { finding, matchesOf } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";

/*
 * pii.ni_number: National Insurance numbers, "CE 45 67 89 D", "CE456789D", "ce-45-67-89-d".
 * HMRC's rules: the first prefix letter is not D, F, I, Q, U or V; the second is not D, F, I,
 * O, Q, U or V; the prefixes BG, GB, KN, NK, NT, TN and ZZ are never issued; six digits
 * (written in pairs or run together); a suffix A, B, C or D. "QQ 12 34 56 C" (the example
 * HMRC prints on forms) is therefore not flagged.
 */

const CANDIDATE =
  /(?<![\p{L}\p{N}])([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])([ \u00a0-]?)(\d{2})([ \u00a0-]?)(\d{2})([ \u00a0-]?)(\d{2})[ \u00a0-]?([A-D])(?![\p{L}\p{N}])/giu;
const NEVER_ISSUED = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);

export function isValidNiNumber(value: string): boolean {
  const m = /^([A-Z]{2})(\d{6})([A-D])$/.exec(value.toUpperCase().replace(/[\s-]/g, ""));
  if (!m) return false;
  const prefix = m[1] ?? "";
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$/.test(prefix) && !NEVER_ISSUED.has(prefix);
}

export const niNumber: Detector = ({ text }) => {
  const out: Finding[] = [];
  for (const m of matchesOf(CANDIDATE, text)) {
    if (!isValidNiNumber(m[0])) continue;
    // Lower-case letters count only when the whole thing is lower case ("ce456789d"), not in words.
    const letters = `${m[1] ?? ""}${m[2] ?? ""}${m[9] ?? ""}`;
    if (letters !== letters.toUpperCase() && letters !== letters.toLowerCase()) continue;
    // Written the way people write them: "CE 45 67 89 D", "CE456789D" or "CE 456789 D", not "CE45 6789D".
    const [, , , a, , b, , c] = m;
    if (b !== c || (a !== b && b !== "")) continue;
    out.push(
      finding(
        "pii.ni_number",
        "pii.ni-number.hmrc-format",
        "block",
        m.index,
        m.index + m[0].length,
        "This looks like a National Insurance number. Never post anyone's National Insurance number: remove it.",
      ),
    );
  }
  return out;
};
