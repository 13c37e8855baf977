import { finding, matchesOf } from "../finding.ts";
import type { Detector } from "../types.ts";

/** NHS numbers: 10 digits (3-3-4, spaced, dashed or run together) whose Modulus 11 check digit holds. */
const CANDIDATE = /(?<![\d+])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\d)/g;

export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

export const nhsNumber: Detector = ({ text }) => {
  const out = [];
  for (const m of matchesOf(CANDIDATE, text)) {
    if (!isValidNhsNumber(`${m[1]}${m[2]}${m[3]}`)) continue;
    out.push(
      finding(
        "pii.nhs_number",
        "pii.nhs-number.mod11",
        "block",
        m.index,
        m.index + m[0].length,
        "This looks like an NHS number. Never post a patient's NHS number: remove it.",
      ),
    );
  }
  return out;
};
