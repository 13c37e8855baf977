import { describe, expect, it } from "vitest";
import { pii } from "./pii-helpers.ts";

const SAMPLE =
  "Any questions, ring Claire on 07700 900321. Email peter.hall@nhs.net. Mr Arthur Long of 3 Mill Lane, Durham DH1 4AB, is home after his operation. " +
  "Doris Kemp (born 5 May 1934). NI CE 45 67 89 D. Healthcare assistant Gary Moss is lazy. ";

describe("pii detectors never crash and keep offsets honest", () => {
  it("returns nothing for empty or blank text", () => {
    expect(pii("")).toEqual([]);
    expect(pii(" \n\t ")).toEqual([]);
  });

  it("finds every pii family in one post, each pointing at the right characters", () => {
    const findings = pii(SAMPLE);
    const seen = new Map(findings.map((f) => [f.category, SAMPLE.slice(f.start, f.end)]));
    expect(Object.fromEntries(seen)).toEqual({
      "pii.phone": "07700 900321",
      "pii.email": "peter.hall@nhs.net",
      "pii.address": "3 Mill Lane, Durham DH1 4AB",
      "pii.patient_identity": "Mr Arthur Long",
      "pii.date_of_birth": "born 5 May 1934",
      "pii.ni_number": "CE 45 67 89 D",
      "pii.staff_judgement": "Gary Moss is lazy",
    });
    for (const f of findings) {
      expect(f.severity).toBe("block");
      expect(f.rule.startsWith("pii.")).toBe(true);
      expect(f.clause.length).toBeGreaterThan(0);
      expect(f.message.length).toBeGreaterThan(30);
    }
  });

  it("keeps offsets after emoji, flags and right-to-left scripts", () => {
    const prefix = "👩🏽‍⚕️🇬🇧 مرحبا بكم שלום ";
    const text = prefix + SAMPLE;
    const plain = pii(SAMPLE).map((f) => SAMPLE.slice(f.start, f.end));
    expect(pii(text).map((f) => text.slice(f.start, f.end))).toEqual(plain);
  });

  it("screens 100,000 characters in linear time", () => {
    const text = SAMPLE.repeat(Math.ceil(100_000 / SAMPLE.length)).slice(0, 100_000);
    const started = performance.now();
    const findings = pii(text);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(findings.filter((f) => f.category === "pii.phone").length).toBeGreaterThan(400);
    for (const f of findings) expect(f.end).toBeLessThanOrEqual(text.length);
  });

  it("does not backtrack on hostile input", () => {
    for (const text of ["0".repeat(100_000), "0 ".repeat(50_000), "a".repeat(100_000), "a@".repeat(50_000), "Aa ".repeat(33_000), "born ".repeat(20_000), "😀".repeat(50_000), "שלום ".repeat(20_000), "Mr Smith ".repeat(11_000), "1 Aa Aa Aa ".repeat(9_000), ". ".repeat(50_000)]) {
      const started = performance.now();
      expect(() => pii(text)).not.toThrow();
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });

  it("stays linear on runs shaped like postcode addresses, relatives, ages, judging questions and call-outs", () => {
    for (const unit of [
      "4 Aa Bb, Cc DH1 4AB ",
      "4 Aa Bb Cc Dd Ee ",
      "her son Aa, Bb and Cc ",
      "Amira, 6, ",
      "Aa Bb Cc Dd Ee Ff Gg ",
      "Gary Moss is kind but ",
      "Why is Gary Moss so so so ",
      "looking at you, Kelly Graham, lazy ",
      "Home visits: Mr Yates, 12 Bridge Street, Whitby; ",
      "dr.a.b.c.d@nhs.net ",
      // shapes of the rules for kinds of statement: gifts, homes, roles, greetings, births, comparisons, emoji
      "Cards and gifts to Aa at 4 Aa Road ",
      "Bev's house at 9 Moor Lane, ",
      "our volunteer Bill Aa ",
      "Thank you Grace, ",
      "born at Aa born on our ",
      "died on our Aa Bb ",
      "the only nurse who the only nurse ",
      "Aa Bb, 12, of Aa, who ",
      "😀 A😀 ",
      "treated former aa bb Cc ",
      "a-",
    ]) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      const started = performance.now();
      expect(() => pii(text)).not.toThrow();
      expect(performance.now() - started, unit).toBeLessThan(5000);
    }
  });
});
