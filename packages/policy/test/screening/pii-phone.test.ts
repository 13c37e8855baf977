import { describe, expect, it } from "vitest";
import maxMetadata from "libphonenumber-js/metadata.max.json";
import { UK_PHONE_METADATA } from "../../src/screening/detectors/phone-metadata.ts";
import { ukDigits } from "../../src/screening/detectors/phone.ts";
import { flagged, pii, rules } from "./pii-helpers.ts";

describe("pii.phone: personal numbers", () => {
  it("flags a UK mobile tied to a first name", () => {
    expect(flagged("Any questions, ring Claire on 07700 900321", "pii.phone")).toEqual(["07700 900321"]);
    expect(rules("Any questions, ring Claire on 07700 900321", "pii.phone")).toEqual(["pii.phone.mobile"]);
  });

  it("flags a mobile with no name at all, in any of its usual forms", () => {
    for (const number of ["07911 123456", "07911123456", "07911-123-456", "+44 7911 123456", "+447911123456", "+44 (0)7911 123456", "0044 7911 123456", "(07911) 123456"]) {
      expect(flagged(`Text us on ${number} for details.`, "pii.phone")).toEqual([number]);
    }
  });

  it("flags Ofcom drama-range mobiles that libphonenumber calls invalid", () => {
    expect(flagged("WhatsApp me on 07700 900123", "pii.phone")).toEqual(["07700 900123"]);
  });

  it("flags a 070 personal number", () => {
    expect(rules("Call me on 070 1234 5678", "pii.phone")).toEqual(["pii.phone.personal-number"]);
  });

  it("flags a landline given as a named person's number", () => {
    expect(flagged("For details contact Jane Smith on 0191 496 0123.", "pii.phone")).toEqual(["0191 496 0123"]);
    expect(flagged("Call Dr Patel on her direct line 01632 960123 to book.", "pii.phone")).toEqual(["01632 960123"]);
    expect(flagged("Contact: Jane Smith, Communications Manager, 0191 496 0123", "pii.phone")).toEqual(["0191 496 0123"]);
    expect(rules("ring Claire on 01632 960123", "pii.phone")).toEqual(["pii.phone.named-direct-line"]);
  });

  it("flags a named person's direct line written as a possessive", () => {
    expect(flagged("Dr Patel's direct line is 01632 960123.", "pii.phone")).toEqual(["01632 960123"]);
    expect(flagged("For an informal chat, contact Linda Smith, Ward Manager, on 0191 445 2000.", "pii.phone")).toEqual(["0191 445 2000"]);
  });

  it("flags 'call me on' and a landline whose owner is named after it", () => {
    expect(flagged("Call me on 0191 496 0123 if you have questions.", "pii.phone")).toEqual(["0191 496 0123"]);
    expect(flagged("Call 0191 496 0123 and ask for Claire.", "pii.phone")).toEqual(["0191 496 0123"]);
    expect(flagged("Call the switchboard on 0191 496 0000 and ask for Claire.", "pii.phone")).toEqual([]);
  });

  it("reads dots between digits only in mobiles", () => {
    expect(flagged("Text 07700.900.321 for details.", "pii.phone")).toEqual(["07700.900.321"]);
    expect(flagged("Call Claire: 0191.496.0123. Version 0.191.496.0123 released.", "pii.phone")).toEqual([]);
  });

  it("does not flag a booking or advice line beside a name", () => {
    expect(flagged("Call Claire on the advice line, 0191 496 0000.", "pii.phone")).toEqual([]);
  });

  it("flags 'my direct line' and 'her home number' without a name", () => {
    expect(flagged("My direct line is 0113 496 0000 if you need me.", "pii.phone")).toEqual(["0113 496 0000"]);
    expect(flagged("Please don't call her home number, 01632 960555.", "pii.phone")).toEqual(["01632 960555"]);
  });

  it("does not flag a bare geographic landline with no person (a site or service number)", () => {
    expect(flagged("Book your jab at Blaydon Leisure Centre by calling 0191 433 1234.", "pii.phone")).toEqual([]);
    expect(flagged("Opening hours and directions: 0191 433 1234", "pii.phone")).toEqual([]);
  });

  it("does not flag a switchboard, ward or team number even beside a name", () => {
    expect(flagged("Call the switchboard on 0191 496 0000 and ask for the duty manager.", "pii.phone")).toEqual([]);
    expect(flagged("Ring the ward on 01632 960000 to check visiting times.", "pii.phone")).toEqual([]);
    expect(flagged("Claire Smith, our Chief Nurse, opened the unit. Call the unit on 0191 496 0999 for referrals.", "pii.phone")).toEqual([]);
    expect(flagged("Contact Claire's team on 0191 496 0999.", "pii.phone")).toEqual([]);
  });

  it("does not flag 111, 999, 112, 119 or the Samaritans' 116 123", () => {
    const text = "Call NHS 111, dial 999 or 112 in an emergency, 119 for Covid vaccines, and the Samaritans on 116 123.";
    expect(pii(text).filter((f) => f.category === "pii.phone")).toEqual([]);
  });

  it("does not flag 0300, 0800, 0808, 0845, 0345 or 0330 service lines, even next to a name", () => {
    for (const number of ["0300 123 1234", "0800 015 0000", "0808 196 1234", "0845 46 47", "0345 600 1234", "0330 123 4567"]) {
      expect(flagged(`Call Claire on ${number}.`, "pii.phone")).toEqual([]);
    }
  });

  it("does not flag a mobile the organisation lists as its own, in any format", () => {
    const settings = { orgPhoneNumbers: ["+44 (0)7700 900456"] };
    expect(flagged("Text our ChatHealth line on 07700 900456.", "pii.phone", settings)).toEqual([]);
    expect(flagged("Text our ChatHealth line on 07700900456.", "pii.phone", { orgPhoneNumbers: ["07700 900 456"] })).toEqual([]);
    expect(flagged("Text Claire on 07700 900457.", "pii.phone", settings)).toEqual(["07700 900457"]);
  });

  it("does not read dates, times, years or counts as phone numbers", () => {
    expect(flagged("Open 12 03 2024 from 0900 to 1700. We saw 1,234,567 patients in 2023/24.", "pii.phone")).toEqual([]);
    expect(flagged("Reference 0.1234567890 and invoice 2024-0191-4960", "pii.phone")).toEqual([]);
  });

  it("points at the number after emoji", () => {
    const text = "😀😀 ring Claire on 07700 900321";
    const [f] = pii(text).filter((x) => x.category === "pii.phone");
    expect(text.slice(f!.start, f!.end)).toBe("07700 900321");
  });

  it("compares organisation numbers by digits, +44 and 0 alike", () => {
    expect(ukDigits("+44 (0)191 203 2000")).toBe("1912032000");
    expect(ukDigits("0191-203-2000")).toBe("1912032000");
    expect(ukDigits("0044 191 203 2000")).toBe("1912032000");
  });

  it("carries exactly the +44 metadata of the installed libphonenumber-js", () => {
    const codes = maxMetadata.country_calling_codes["44"] ?? [];
    expect(codes).toContain("GB");
    expect(UK_PHONE_METADATA.country_calling_codes["44"]).toEqual(codes);
    const countries = maxMetadata.countries as Record<string, unknown>;
    const ours = UK_PHONE_METADATA.countries as Record<string, unknown>;
    for (const country of codes) expect(ours[country]).toEqual(countries[country]);
    expect(UK_PHONE_METADATA.version).toBe(maxMetadata.version);
  });
});

describe("pii.phone: more ways of giving a person's own number", () => {
  it("flags a named person's number 'at home'", () => {
    expect(flagged("Carers' support group: ring Brenda at home on 0161 496 0219 for details.", "pii.phone")).toEqual(["0161 496 0219"]);
    expect(flagged("Call me at home on 0113 496 0011 if needed.", "pii.phone")).toEqual(["0113 496 0011"]);
  });

  it("flags 'his direct number', 'her work mobile' and 'text Sue directly'", () => {
    expect(flagged("Pharmacy technician Kofi is covering today – his direct number is 020 7946 0388 until 5pm.", "pii.phone")).toEqual(["020 7946 0388"]);
    expect(flagged("Any questions, call Priya on her work mobile 0113 496 0555.", "pii.phone")).toEqual(["0113 496 0555"]);
    expect(flagged("Text Sue directly on 0161 496 0123 if you can cover.", "pii.phone")).toEqual(["0161 496 0123"]);
  });

  it("does not flag a service that calls people at home or a team reached directly", () => {
    expect(flagged("Call the Hospital at Home service on 0191 498 0000.", "pii.phone")).toEqual([]);
    expect(flagged("Contact the team directly on 0191 498 0000.", "pii.phone")).toEqual([]);
  });
});
