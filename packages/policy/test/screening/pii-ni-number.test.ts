import { describe, expect, it } from "vitest";
import { isValidNiNumber } from "../../src/screening/detectors/ni-number.ts";
import { flagged } from "./pii-helpers.ts";

describe("pii.ni_number: National Insurance numbers", () => {
  it("flags a spaced NI number", () => {
    expect(flagged("New starter NI number CE 45 67 89 D has been added to payroll", "pii.ni_number")).toEqual(["CE 45 67 89 D"]);
  });

  it("flags an NI number run together, and one written in lower case", () => {
    expect(flagged("Her NI number is AB123456C.", "pii.ni_number")).toEqual(["AB123456C"]);
    expect(flagged("ni: ce456789d", "pii.ni_number")).toEqual(["ce456789d"]);
  });

  it("does not flag the form example QQ 12 34 56 C or prefixes HMRC never issues", () => {
    for (const text of ["QQ 12 34 56 C", "GB123456A", "BG 12 34 56 A", "NK123456B", "TN 12 34 56 B", "ZZ123456D"]) {
      expect(flagged(`Number: ${text}`, "pii.ni_number")).toEqual([]);
    }
  });

  it("does not flag invalid first or second letters, or a suffix outside A-D", () => {
    for (const text of ["DA123456A", "FA123456A", "AO123456B", "AD123456B", "AB123456E"]) {
      expect(isValidNiNumber(text)).toBe(false);
      expect(flagged(`Number: ${text}`, "pii.ni_number")).toEqual([]);
    }
  });

  it("does not flag codes grouped unlike an NI number or inside longer words", () => {
    expect(flagged("The ward code is AB12 3456C and ref XAB123456C1.", "pii.ni_number")).toEqual([]);
  });
});
