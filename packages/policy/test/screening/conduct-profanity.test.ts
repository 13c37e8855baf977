import { describe, expect, it } from "vitest";
import { screen } from "../../src/index.ts";
import { profanity } from "../../src/screening/detectors/profanity.ts";
import { flagged, run } from "./conduct-helpers.ts";

describe("conduct.profanity", () => {
  it("flags plain swearing, as a whole word, with the obscenity rule", () => {
    const [f] = run(profanity, "What a shitty day");
    expect(f?.category).toBe("conduct.profanity");
    expect(f?.rule).toBe("conduct.profanity.obscenity");
    expect(f?.severity).toBe("block");
    expect(f?.clause).toContain("ICBP038 §3.2.4");
    expect(f?.message).toMatch(/official NHS account/);
    expect(flagged(profanity, "What a shitty day")).toEqual(["shitty"]);
  });

  it("flags f*ck disguised with an asterisk", () => {
    expect(flagged(profanity, "Who the f*ck designed this car park?")).toEqual(["f*ck"]);
  });

  it("flags f**k and other words masked with several symbols", () => {
    expect(flagged(profanity, "F**k me, that was busy")).toEqual(["F**k"]);
    expect(flagged(profanity, "total c**t")).toEqual(["c**t"]);
    expect(flagged(profanity, "sh*t happens!")).toEqual(["sh*t"]);
    expect(run(profanity, "f**k!")[0]?.rule).toBe("conduct.profanity.disguised");
  });

  it("flags leetspeak: sh1t, $hit, b0ll0cks", () => {
    expect(flagged(profanity, "sh1t")).toEqual(["sh1t"]);
    expect(flagged(profanity, "$hit night")).toEqual(["$hit"]);
    expect(flagged(profanity, "a load of b0ll0cks")).toEqual(["b0ll0cks"]);
  });

  it("flags dashes and compounds: F-ing, s--t, sh*tstorm, bullsh*t, pain in the a**", () => {
    expect(flagged(profanity, "F-ing brilliant news")).toEqual(["F-ing"]);
    expect(flagged(profanity, "what a s--t show")).toEqual(["s--t"]);
    expect(flagged(profanity, "it's a sh*tstorm in here")).toEqual(["sh*tstorm"]);
    expect(flagged(profanity, "utter bullsh*t")).toEqual(["bullsh*t"]);
    expect(flagged(profanity, "a pain in the a**.")).toEqual(["a**"]);
  });

  it("does not flag hyphenated words: co-op, x-ray, t-shirt, e-learning, walk-in, Covid-19", () => {
    expect(run(profanity, "co-op x-ray t-shirt well-known e-mail A-levels c-section d-dimer Covid-19 re-open e-learning walk-in drop-in check-up A-E b-y C-diff")).toEqual([]);
  });

  it("flags FFS, but not facial feminisation surgery", () => {
    expect(flagged(profanity, "IT outage again?! FFS.")).toEqual(["FFS"]);
    expect(run(profanity, "Our gender clinic now refers for FFS (facial feminisation surgery).")).toEqual([]);
  });

  it("flags swapped letters (fcuk) and stretched ones (fuuuuck)", () => {
    expect(flagged(profanity, "fcuk this")).toEqual(["fcuk"]);
    expect(flagged(profanity, "fuuuuck")).toEqual(["fuuuuck"]);
  });

  it("flags letters spelled out with spaces, dots or dashes", () => {
    expect(flagged(profanity, "what a s h i t day")).toEqual(["s h i t"]);
    expect(flagged(profanity, "f.u.c.k off")).toEqual(["f.u.c.k"]);
    expect(flagged(profanity, "s-h-i-t-e")).toEqual(["s-h-i-t-e"]);
  });

  it("counts mild British swearing on an official account", () => {
    for (const [text, word] of [
      ["What a crap day for the switchboard", "crap"],
      ["Bloody hell, the car park is full", "Bloody"],
      ["Can't be arsed", "arsed"],
      ["Piss-poor communication", "Piss-poor"],
      ["this rota is bollocks", "bollocks"],
      ["Sod the weather", "Sod"],
      ["bugger all", "bugger"],
      ["Damn, so close", "Damn"],
    ]) {
      expect(flagged(profanity, text!)).toEqual([word]);
    }
  });

  it("flags crapper (vulgar slang for a toilet)", () => {
    expect(flagged(profanity, "queue for the crapper")).toEqual(["crapper"]);
  });

  it("does not flag Scunthorpe, Essex, Sussex, Middlesex, Penistone, Cockermouth or Clitheroe", () => {
    expect(run(profanity, "Scunthorpe, Essex, Sussex, Middlesex, Penistone, Cockermouth, Clitheroe, Cumbria, Chipping Sodbury")).toEqual([]);
  });

  it("does not flag cocktail, shiitake or Shitake", () => {
    expect(run(profanity, "cocktail sausages, shiitake and Shitake mushroom risotto")).toEqual([]);
  });

  it("does not flag everyday words that contain a swear word", () => {
    const text =
      "assistant class grass therapist analysis Dickens hello button assessment assortment arsenal arsenic cockpit " +
      "feckless trafficking sodium scrap skyscraper Hancock Matsushita kung fu assume passion compass";
    expect(run(profanity, text)).toEqual([]);
  });

  it("does not flag clinical and sexual-health words", () => {
    const text =
      "Sexual health: anal cancer, penis, vagina, semen analysis, premature ejaculation, orgasm, rape crisis, " +
      "check your boobs, sex education, masturbation, incest, porn addiction";
    expect(run(profanity, text)).toEqual([]);
  });

  it("does not flag a small prick at a vaccination, a skin prick test or the ABO blood group", () => {
    expect(run(profanity, "You may feel a small prick. Skin prick tests on Tuesdays. ABO blood group O.")).toEqual([]);
  });

  it("does not flag bloody as a symptom: bloody diarrhoea, a bloody nose", () => {
    expect(run(profanity, "Bloody diarrhoea for two days? A bloody nose that won't stop?")).toEqual([]);
  });

  it("does not flag staff names that contain a swear word", () => {
    expect(run(profanity, "Thanks to Dr Shittu, Dr Dikshit, Mr Wankhede, Dr Li Fu and porter Dick Turner")).toEqual([]);
  });

  it("does not flag birds, roads or ratings", () => {
    expect(run(profanity, "Blue tits in the garden; our van on the A55; rated A* and 5***; *T&Cs apply")).toEqual([]);
  });

  it("points at the right characters after emoji", () => {
    const text = "😀😀 what a sh1t day";
    const [f] = run(profanity, text);
    expect(text.slice(f!.start, f!.end)).toBe("sh1t");
  });

  it("points at the right characters after flags, skin tones and right-to-left text", () => {
    const text = "👩🏽‍⚕️🇬🇧 مرحبا שלום what a f**king crap shift";
    expect(flagged(profanity, text)).toEqual(["f**king", "crap"]);
  });

  it("flags the organisation's banned terms as whole words, in any case", () => {
    const settings = { bannedTerms: ["jab", "bed blocker"] };
    const text = "Get your JAB today! No more Bed  Blocker delays.";
    expect(flagged(profanity, text, settings)).toEqual(["JAB", "Bed  Blocker"]);
    expect(run(profanity, text, settings).map((f) => f.rule)).toEqual(["conduct.profanity.organisation-term", "conduct.profanity.organisation-term"]);
    expect(run(profanity, "jabbing, jabs and bed blockers", settings)).toEqual([]);
  });

  it("does not flag place names whitelisted in the dataset (Bitchfield, Twatt, Shitterton)", () => {
    expect(run(profanity, "Clinics in Bitchfield, Twatt and Shitterton")).toEqual([]);
  });

  it("never flags the organisation's allowed terms, even when the match is only part of the term", () => {
    expect(flagged(profanity, "Quiz night at the Cock and Bull")).toEqual(["Cock"]);
    expect(run(profanity, "Quiz night at the Cock and Bull", { allowedTerms: ["Cock and Bull"] })).toEqual([]);
    expect(screen("Quiz night at the Cock and Bull", "x", { ...defaults(), allowedTerms: ["cock and bull"] })).toEqual([]);
  });

  it("returns nothing for empty text", () => {
    expect(run(profanity, "")).toEqual([]);
  });
});

function defaults() {
  return { trustedDomains: ["nhs.uk"], orgPhoneNumbers: [], orgAddresses: [], bannedTerms: [], allowedTerms: [], severity: {} };
}

describe("conduct.profanity: spellings and place names beyond the first corpus", () => {
  it("flags vowel-swapped and regional spellings: fook, fookin', feck, fecking, FML", () => {
    expect(flagged(profanity, "Where the fook are the spare sats probes?")).toEqual(["fook"]);
    expect(flagged(profanity, "Fookin' hell, what a night shift.")).toEqual(["Fookin"]);
    expect(flagged(profanity, "Feck it, we're doing the fun run anyway.")).toEqual(["Feck"]);
    expect(flagged(profanity, "Absolute fecking nightmare on nights.")).toEqual(["fecking"]);
    expect(flagged(profanity, "FML, third night shift in a row.")).toEqual(["FML"]);
  });

  it("does not flag a capitalised Cock or Dick that is part of a place or person's name", () => {
    for (const text of [
      "The road past Cock Bridge is shut by snow.",
      "Lunch at the Cock Inn after the fun run.",
      "Cock Lane surgery is closed today.",
      "Porter Dick Turner retires after 40 years.",
      "Our feckless car park contractor strikes again.",
    ]) {
      expect(run(profanity, text), text).toEqual([]);
    }
    expect(flagged(profanity, "What a cock.")).toEqual(["cock"]);
  });

  it("does not flag cock-a-leekie or cock-a-hoop", () => {
    expect(run(profanity, "Cock-a-leekie soup in the canteen today, and we're cock-a-hoop about our CQC rating.")).toEqual([]);
  });
});
