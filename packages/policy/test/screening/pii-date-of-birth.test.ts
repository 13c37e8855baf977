import { describe, expect, it } from "vitest";
import { flagged, rules } from "./pii-helpers.ts";

describe("pii.date_of_birth", () => {
  it("flags 'born' with a full date in brackets", () => {
    const text = "Happy 90th to Doris Kemp (born 5 May 1934), one of our longest-serving volunteers";
    expect(flagged(text, "pii.date_of_birth")).toEqual(["born 5 May 1934"]);
    expect(rules(text, "pii.date_of_birth")).toEqual(["pii.date-of-birth.born"]);
  });

  it("flags DOB, D.O.B. and 'date of birth' with numeric and ISO dates", () => {
    expect(flagged("Patient DOB: 05/05/1934, please chase results.", "pii.date_of_birth")).toEqual(["DOB: 05/05/1934"]);
    expect(flagged("Name: John Smith, D.O.B. 12.03.1956", "pii.date_of_birth")).toEqual(["D.O.B. 12.03.1956"]);
    expect(flagged("Date of birth 1934-05-05", "pii.date_of_birth")).toEqual(["Date of birth 1934-05-05"]);
    expect(rules("DOB 5/5/34", "pii.date_of_birth")).toEqual(["pii.date-of-birth.labelled"]);
  });

  it("flags 'born on May 5th, 2019' and a newborn's birth date without a year", () => {
    expect(flagged("Jack was born on May 5th, 2019 at our maternity unit.", "pii.date_of_birth")).toEqual(["born on May 5th, 2019"]);
    expect(flagged("Welcome baby Olivia, born at 3.42am on Tuesday 5 March!", "pii.date_of_birth")).toEqual(["born at 3.42am on Tuesday 5 March"]);
  });

  it("does not flag the NHS's own birth", () => {
    expect(flagged("The NHS was born on 5 July 1948, and we're celebrating!", "pii.date_of_birth")).toEqual([]);
    expect(flagged("Happy birthday NHS! Born on 5 July 1948, the NHS turns 76 today.", "pii.date_of_birth")).toEqual([]);
  });

  it("does not flag a year alone or a month and year", () => {
    expect(flagged("The NHS was born in 1948. Our founder was born in May 1902.", "pii.date_of_birth")).toEqual([]);
  });

  it("does not flag people born before 1900", () => {
    expect(flagged("Florence Nightingale, born 12 May 1820, founded modern nursing.", "pii.date_of_birth")).toEqual([]);
  });

  it("does not flag eligibility cohorts", () => {
    expect(flagged("If you were born on or after 2 September 1947 you can book a jab.", "pii.date_of_birth")).toEqual([]);
    expect(flagged("Everyone born between 1 April 1950 and 31 March 1955 is eligible.", "pii.date_of_birth")).toEqual([]);
  });

  it("does not flag event dates, deadlines, birthdays or a request for a date of birth", () => {
    for (const text of [
      "Our new wing opens on 5 May 2024. Deadline for entries is 31 March 2024.",
      "International Nurses Day is held on 12 May, Florence Nightingale's birthday.",
      "Please bring proof of your date of birth to your appointment.",
      "She was born and raised in Leeds and joined us on 5 May 2010.",
    ]) {
      expect(flagged(text, "pii.date_of_birth")).toEqual([]);
    }
  });
});

describe("pii.date_of_birth: more labels (written for these tests)", () => {
  it("flags d.o.b. and D.o.B. in any case", () => {
    expect(flagged("Pt: J. Fell, d.o.b 3/4/51, for review.", "pii.date_of_birth")).toEqual(["d.o.b 3/4/51"]);
    expect(flagged("Name: Ava Smith  D.o.B: 12.06.2019", "pii.date_of_birth")).toEqual(["D.o.B: 12.06.2019"]);
  });
});
