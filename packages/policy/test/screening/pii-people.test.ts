import { describe, expect, it } from "vitest";
import { isFirstName, peopleIn, sentencesOf, splitSentences } from "../../src/screening/detectors/people.ts";

const names = (text: string) => peopleIn(text).map((m) => m.text);

describe("people: person-name mentions", () => {
  it("finds titled names, first names and full names with their offsets", () => {
    const text = "Thank you Dr Sarah Lewis, our Chief Nurse. Ring Claire on Monday. Meet Priya Sharma and Tomasz Nowak.";
    expect(names(text)).toEqual(["Dr Sarah Lewis", "Claire", "Priya Sharma", "Tomasz Nowak"]);
    for (const m of peopleIn(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("finds names the lexicon does not know, with particles, and lone given names used as a subject", () => {
    expect(names("Oluwaseun Adebayo was admitted on Monday.")).toEqual(["Oluwaseun Adebayo"]);
    expect(names("Dr. van der Berg made a mistake.")).toEqual(["Dr. van der Berg"]);
    expect(names("Priya is always late.")).toEqual(["Priya"]);
    expect(names("Our Parkinson's nurse specialist runs a clinic. Diabetes is common.")).toEqual([]);
  });

  it("records the title written with the name", () => {
    const [dr, nurse, mrs] = peopleIn("Dr Sarah Lewis met Nurse Jones and Mrs Joan Smith.");
    expect([dr?.title, nurse?.title, mrs?.title]).toEqual(["dr", "nurse", "mrs"]);
  });

  it("keeps a surname that is also a place word after a first name", () => {
    expect(names("A patient called Peter Hall was discharged.")).toEqual(["Peter Hall"]);
  });

  it("does not take hospitals, wards or streets named after people for people", () => {
    expect(names("Florence Nightingale Ward at the Queen Elizabeth Hospital, 3 Mill Lane.")).toEqual([]);
  });

  it("keeps offsets right after emoji and right-to-left scripts", () => {
    const text = "😀👩🏽‍⚕️ مرحبا שלום ring Claire Smith today";
    const [m] = peopleIn(text);
    expect(text.slice(m!.start, m!.end)).toBe("Claire Smith");
  });

  it("splits sentences without breaking at Dr. or e.g.", () => {
    const text = "Meet Dr. Patel. She works e.g. on ward 4!\nNew line";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(["Meet Dr. Patel.", "She works e.g. on ward 4!", "New line"]);
    expect(sentencesOf(text)).toHaveLength(3);
  });

  it("knows first names from compromise's lexicon", () => {
    expect(isFirstName("Claire")).toBe(true);
    expect(isFirstName("Hospital")).toBe(false);
  });

  it("returns nothing for empty text and copes with 100,000 characters", () => {
    expect(peopleIn("")).toEqual([]);
    const text = "Dr Sarah Lewis thanked Claire Smith for her work on the ward. ".repeat(1700);
    const started = performance.now();
    const found = peopleIn(text);
    expect(found.length).toBeGreaterThan(3000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("people: names inside longer runs of capitals, with ages or introduced by a relation", () => {
  it("finds a name after a role abbreviation or a label word in the same run of capitals", () => {
    expect(names("HCA Jordan Bright has failed his assessment.")).toEqual(["Jordan Bright"]);
    expect(names("Patient Elsie Marsh was transferred today.")).toEqual(["Elsie Marsh"]);
    expect(names("Health Secretary Wes Streeting visited today.")).toEqual(["Wes Streeting"]);
  });

  it("reads a word the lexicon knows only as a person's as the start of a name", () => {
    expect(names("Meet Jordan Bright.")).toEqual(["Jordan Bright"]);
  });

  it("finds a single unfamiliar given name followed by an age", () => {
    expect(names("This is Amira, 6, who loves drawing.")).toEqual(["Amira"]);
    expect(names("Zayn (7) came to visit.")).toEqual(["Zayn"]);
    expect(names("Just home: Callum, 19.")).toEqual(["Callum"]);
  });

  it("finds names introduced as twins, a child, a partner or a sibling", () => {
    expect(names("Twins Ruby and Sienna arrived yesterday.")).toEqual(["Ruby", "Sienna"]);
    expect(names("Get well soon to Dr Tom Reilly's wife Sarah.")).toEqual(["Dr Tom Reilly", "Sarah"]);
    expect(names("Their daughter Isla starts school.")).toEqual(["Isla"]);
  });

  it("does not take a capitalised word before an age for a name when it is an ordinary word", () => {
    expect(names("Tickets, 5, are on sale now.")).toEqual([]);
  });

  it("does not take 'Baby Friendly' or a street named after a person for a person", () => {
    expect(names("We're accredited by UNICEF Baby Friendly.")).toEqual([]);
    expect(names("Send flowers to the Royal Victoria Infirmary, Queen Victoria Road, Newcastle.")).toEqual([]);
    expect(names("Congratulations to Emma Jones who gave birth to baby Leo.")).toEqual(["Emma Jones", "baby Leo"]);
  });
});

describe("people: names found by where they stand (written for these tests)", () => {
  it("finds the name after a role even when its words are ordinary ones", () => {
    expect(names("Our volunteer Bill Hardy retires today.")).toEqual(["Bill Hardy"]);
    expect(names("Porter Darren Ward is on nights.")).toEqual(["Darren Ward"]);
    expect(names("Our receptionist Di keeps the rota.")).toEqual(["Di"]);
    expect(names("Why can't Dr Penny Hall join us?")).toEqual(["Dr Penny Hall"]);
  });

  it("finds a given name that is also a word where only a person fits", () => {
    expect(names("The nurses who nursed Lily were wonderful.")).toEqual(["Lily"]);
    expect(names("Thank you Grace!")).toEqual(["Grace"]);
    expect(names("A note from Rose's mum.")).toEqual(["Rose"]);
  });

  it("finds an unfamiliar given name and a surname before an age or 'who'", () => {
    expect(names("Callum Fry, 17, came in last night.")).toEqual(["Callum Fry"]);
  });

  it("does not take 'I've' or Secret Santa for a name", () => {
    expect(names("She is the best nurse I've ever met.")).toEqual([]);
    expect(names("Secret Santa is back on Ward 4!")).toEqual([]);
  });

  it("ends a sentence at an emoji followed by a capital", () => {
    const text = "Well done Jo 🎉 She starts on Monday.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(["Well done Jo 🎉", "She starts on Monday."]);
  });
});
