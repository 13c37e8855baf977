import { describe, expect, it } from "vitest";
import { confidential } from "../../src/screening/detectors/confidential.ts";
import { flagged, run } from "./conduct-helpers.ts";

describe("confidential.marker", () => {
  it("flags OFFICIAL-SENSITIVE as a protective marking", () => {
    const [f] = run(confidential, "OFFICIAL-SENSITIVE: financial recovery plan options for board discussion");
    expect(f?.category).toBe("confidential.marker");
    expect(f?.rule).toBe("confidential.marker.protective-marking");
    expect(f?.severity).toBe("block");
    expect(f?.clause).toContain("ICBP038 §3.2");
    expect(f?.message).toMatch(/communications team/);
  });

  it("flags OFFICIAL-SENSITIVE in any case, with or without a hyphen or space", () => {
    for (const text of ["OFFICIAL-SENSITIVE", "official sensitive", "Official - Sensitive", "OFFICIALSENSITIVE", "Official_Sensitive"]) {
      expect(flagged(confidential, `${text} briefing`), text).toEqual([text]);
    }
  });

  it("flags SECRET, RESTRICTED and CONFIDENTIAL written as markings", () => {
    expect(flagged(confidential, "SECRET: estates plans")).toEqual(["SECRET"]);
    expect(flagged(confidential, "TOP SECRET")).toEqual(["TOP SECRET"]);
    expect(flagged(confidential, "Classification: Restricted")).toEqual(["Restricted"]);
    expect(flagged(confidential, "Board update\nSTRICTLY CONFIDENTIAL\nDo not forward")).toEqual(["STRICTLY CONFIDENTIAL", "Do not forward"]);
    expect(flagged(confidential, "Commercial in confidence: our tender price")).toEqual(["Commercial in confidence"]);
  });

  it("flags embargoes", () => {
    expect(run(confidential, "Embargoed until 00:01 Tuesday")[0]?.rule).toBe("confidential.marker.embargo");
    expect(flagged(confidential, "This is under embargo until Friday")).toEqual(["under embargo"]);
  });

  it("flags limits on circulation: internal only, not for circulation, draft – do not share", () => {
    expect(flagged(confidential, "Internal only – staff restructure proposals")).toEqual(["Internal only"]);
    expect(flagged(confidential, "Not for circulation: draft winter plan")).toEqual(["Not for circulation"]);
    expect(flagged(confidential, "Not for publication")).toEqual(["Not for publication"]);
    expect(flagged(confidential, "Draft – do not share")).toEqual(["Draft – do not share"]);
    expect(flagged(confidential, "For internal use only")).toEqual(["For internal use only"]);
  });

  it("flags confidential papers and leaks", () => {
    expect(flagged(confidential, "From today's confidential board paper: ward 3 to close")).toEqual(["confidential board paper"]);
    expect(flagged(confidential, "A leaked memo shows cuts are coming")).toEqual(["leaked memo"]);
    expect(flagged(confidential, "Leaked from this morning's exec meeting: the unit is closing")).toEqual(["Leaked from this morning's exec"]);
    expect(run(confidential, "Urine leaked from the bag. Water leaked from the roof.")).toEqual([]);
  });

  it("flags unannounced plans framed as secret", () => {
    expect(flagged(confidential, "Don't tell anyone yet, but we're merging with the neighbouring trust next year")).toEqual(["Don't tell anyone yet"]);
    expect(flagged(confidential, "Don't tell anyone, but the unit is closing in March")).toEqual(["Don't tell anyone"]);
    expect(flagged(confidential, "Between you and me, the board has approved the cuts")).toEqual(["Between you and me"]);
    expect(flagged(confidential, "Keep this under your hat, but the new scanner is coming")).toEqual(["Keep this under your hat"]);
    expect(flagged(confidential, "Before it's announced, here's a sneak peek")).toEqual(["Before it's announced"]);
    expect(flagged(confidential, "It hasn't been announced yet, but the clinic is moving")).toEqual(["hasn't been announced yet, but"]);
    expect(run(confidential, "off the record")[0]?.rule).toBe("confidential.marker.unannounced");
  });

  it("does not flag confidential services", () => {
    for (const text of [
      "Our confidential sexual health service offers free STI testing.",
      "A free and confidential helpline for carers.",
      "Your data is kept confidential.",
      "We keep your information strictly confidential.",
      "Our drug and alcohol service is free, private and confidential.",
      "You can talk to us in confidence.",
      "Did you know you can raise a concern confidentially?",
    ]) {
      expect(run(confidential, text), text).toEqual([]);
    }
  });

  it("does not flag ordinary secrets, drafts, restrictions and announcements", () => {
    for (const text of [
      "The secret to a healthy heart is regular exercise.",
      "Secret Santa raised £200 for charity!",
      "Our SECRET weapon against flu: the vaccine.",
      "Draft plans for the new hospital are out for consultation.",
      "Restricted visiting on Ward 4 ends on Monday.",
      "Speakers are yet to be announced.",
      "Exciting news coming soon, watch this space!",
      "Internal only vacancy for Band 6 nurses.",
      "The Trust Secretary presented the annual report.",
    ]) {
      expect(run(confidential, text), text).toEqual([]);
    }
  });

  it("does not flag playful secrets, literal quiet or a lifted ban", () => {
    for (const text of [
      "Don't tell anyone, but it's Sister Jones's birthday today! 🎂",
      "Between you and me, the best cake in the hospital is in the League of Friends café!",
      "Keep it quiet on the wards at night so patients can sleep.",
      "The embargo on non-urgent surgery has been lifted.",
      "CONFIDENTIAL, FREE and NON-JUDGEMENTAL: our sexual health service.",
    ]) {
      expect(run(confidential, text), text).toEqual([]);
    }
  });

  it("does not flag advice not to share a PIN or password", () => {
    expect(run(confidential, "Don't share your PIN. Do not share your password with anyone. Never tell anyone your bank details.")).toEqual([]);
    expect(run(confidential, "Don't tell anyone your bank details.")).toEqual([]);
  });
});

describe("confidential.marker: kinds of wording beyond the first corpus", () => {
  it("flags 'between us' and 'on the quiet' before unannounced organisational news", () => {
    expect(flagged(confidential, "Just between us, the medical director is resigning after the CQC report.")).toEqual(["Just between us"]);
    expect(flagged(confidential, "Between us: the ICB is scrapping the minor injuries unit in April.")).toEqual(["Between us"]);
    expect(flagged(confidential, "On the quiet, the board has agreed to outsource the laundry.")).toEqual(["On the quiet"]);
  });

  it("flags markings and agreements: MANAGEMENT IN CONFIDENCE, internal comms only, under NDA, PRIVATE & CONFIDENTIAL", () => {
    expect(flagged(confidential, "MANAGEMENT IN CONFIDENCE – options for the theatre rebuild")).toEqual(["MANAGEMENT IN CONFIDENCE"]);
    expect(flagged(confidential, "Board in confidence: draft savings plan")).toEqual(["Board in confidence"]);
    expect(flagged(confidential, "Internal comms only – do not post")).toEqual(["Internal comms only"]);
    expect(flagged(confidential, "This is under NDA until the contract is signed.")).toEqual(["under NDA"]);
    expect(flagged(confidential, "PRIVATE & CONFIDENTIAL")).toEqual(["PRIVATE & CONFIDENTIAL"]);
  });

  it("does not flag an offer to talk in confidence, or 'between us' in ordinary sentences", () => {
    for (const text of [
      "Domestic abuse? You can talk to our ward staff in confidence.",
      "Worried about a loved one? Talk to a member of staff in confidence.",
      "The partnership between us, the council and the university has funded a new scanner.",
      "Between us and the sea is a lovely garden for patients.",
      "Just between us, the best coffee is in the League of Friends café!",
      "Our volunteers work on the quiet ward at night, and the ward is closing for refurbishment in May.",
    ]) {
      expect(run(confidential, text), text).toEqual([]);
    }
  });
});
