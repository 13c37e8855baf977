import { describe, expect, it } from "vitest";
import { whistleblowing } from "../../src/screening/detectors/whistleblowing.ts";
import { flagged, run } from "./conduct-helpers.ts";

describe("concern.whistleblowing", () => {
  it("flags going public because nobody listens internally, and points to Freedom to Speak Up", () => {
    const text = "I'm going public because nobody listens internally: our ward is dangerously understaffed";
    const findings = run(whistleblowing, text);
    expect(flagged(whistleblowing, text)).toEqual(["going public", "nobody listens internally", "our ward is dangerously understaffed"]);
    for (const f of findings) {
      expect(f.category).toBe("concern.whistleblowing");
      expect(f.severity).toBe("block");
      expect(f.clause).toEqual(["ICBP038 §3.2.8", "CDDFT §4.4.1"]);
      expect(f.message).toMatch(/Freedom to Speak Up/);
      expect(f.message).toMatch(/internal channels/);
    }
  });

  it("flags blowing the whistle and whistleblowers", () => {
    expect(flagged(whistleblowing, "Time someone blew the whistle on this")).toEqual(["blew the whistle"]);
    expect(run(whistleblowing, "I'm a whistleblower")[0]?.rule).toBe("concern.whistleblowing.whistleblower");
  });

  it("flags raising concerns because management ignored us", () => {
    expect(flagged(whistleblowing, "I'm raising concerns because management ignored us")).toEqual(["management ignored us"]);
    expect(flagged(whistleblowing, "My concerns were ignored")).toEqual(["My concerns were ignored"]);
    expect(flagged(whistleblowing, "I raised concerns with management but nothing happened")).toEqual([
      "raised concerns with management but nothing happened",
    ]);
  });

  it("flags appeals to the public's right to know", () => {
    expect(flagged(whistleblowing, "The public deserve to know what's happening on our ward")).toEqual(["The public deserve to know what's"]);
    expect(flagged(whistleblowing, "Here's what management don't want you to know")).toEqual(["management don't want you to know"]);
  });

  it("flags going to the press and internal channels that failed", () => {
    expect(flagged(whistleblowing, "Time to go to the press.")).toEqual(["Time to go to the press"]);
    expect(flagged(whistleblowing, "I've contacted the papers")).toEqual(["I've contacted the papers"]);
    expect(flagged(whistleblowing, "We tried Speak Up and got nowhere. So here it is publicly: the ward is unsafe.")).toEqual([
      "tried Speak Up and got nowhere",
      "here it is publicly",
    ]);
    expect(flagged(whistleblowing, "Nobody in management cares, so I'm taking my concerns about the unit public.")).toEqual([
      "Nobody in management cares",
      "taking my concerns about the unit public",
    ]);
    expect(flagged(whistleblowing, "Our managers ignored every incident report about the hoists")).toEqual(["managers ignored every incident report"]);
  });

  it("does not flag the organisation talking to the press", () => {
    expect(run(whistleblowing, "Our Chief Executive will talk to the press about the new hospital. We spoke to the papers about winter.")).toEqual([]);
  });

  it("does not flag pointers to Freedom to Speak Up", () => {
    for (const text of [
      "Speak to our Freedom to Speak Up Guardian",
      "Find out how to raise a concern at work",
      "It's Speak Up Month!",
      "Read our whistleblowing policy on the intranet",
      "Call the National Whistleblowing Helpline",
      "Whistleblowing: you are protected by law if you raise a concern in the public interest. Speak to our Freedom to Speak Up Guardian.",
      "Don't go public: speak to your line manager first.",
    ]) {
      expect(run(whistleblowing, text), text).toEqual([]);
    }
  });

  it("does not flag ordinary uses of 'no one listens' or 'speak out'", () => {
    for (const text of [
      "Feel like no one listens? Talk to Samaritans.",
      "Speak out against domestic abuse.",
      "We're going public with our plans for the new hospital.",
      "Want to know what's happening at your local hospital? Sign up to our newsletter.",
    ]) {
      expect(run(whistleblowing, text), text).toEqual([]);
    }
  });
});

describe("concern.whistleblowing: kinds of wording beyond the first corpus", () => {
  it("flags going to the press in other words: no subject, 'taking this to', a journalist", () => {
    expect(flagged(whistleblowing, "Went to the papers last week about the broken lifts. Watch this space.")).toEqual(["Went to the papers"]);
    expect(flagged(whistleblowing, "I'm taking this to the press. Enough is enough.")).toEqual(["taking this to the press"]);
    expect(flagged(whistleblowing, "I've spoken to a journalist at the Chronicle about what's happening in maternity.")).toEqual(["I've spoken to a journalist"]);
  });

  it("flags internal routes that failed: gone nowhere, deaf ears, known and done nothing, no reply, a blind eye", () => {
    expect(flagged(whistleblowing, "My Datix reports about the hoists have gone nowhere for a year.")).toEqual([
      "My Datix reports about the hoists have gone nowhere",
    ]);
    expect(flagged(whistleblowing, "Every concern we've raised has fallen on deaf ears.")).toEqual(["fallen on deaf ears"]);
    expect(flagged(whistleblowing, "The board have known for months and have done nothing.")).toEqual(["The board have known for months and have done nothing"]);
    expect(flagged(whistleblowing, "HR still hasn't replied to any of my emails about the bullying on our ward.")).toEqual([
      "HR still hasn't replied to any of my emails",
    ]);
    expect(flagged(whistleblowing, "Senior management turned a blind eye to the staffing on nights.")).toEqual(["Senior management turned a blind eye"]);
    expect(flagged(whistleblowing, "Nobody from the exec team has ever taken action.")).toEqual(["Nobody from the exec team has ever taken action"]);
  });

  it("flags appeals to the public to learn the truth, breaking silence and gagging", () => {
    expect(flagged(whistleblowing, "It's time the public saw what really goes on in our emergency department.")).toEqual(["the public saw what really goes on"]);
    expect(flagged(whistleblowing, "Taxpayers deserve to know the truth about these agency bills.")).toEqual(["Taxpayers deserve to know the truth"]);
    expect(flagged(whistleblowing, "The truth needs to come out about what's happening on Ward 8.")).toEqual(["The truth needs to come out"]);
    expect(flagged(whistleblowing, "I'm breaking my silence about the bullying on our unit.")).toEqual(["breaking my silence"]);
    expect(flagged(whistleblowing, "The trust tried to gag staff who spoke about the deaths.")).toEqual(["tried to gag staff"]);
  });

  it("does not flag the organisation's press work, Freedom to Speak Up pointers or health facts", () => {
    for (const text of [
      "Our chief executive went to the press conference to launch the new hospital.",
      "We spoke to a journalist at the Echo about our new scanner.",
      "Felt your concern went nowhere? Our Freedom to Speak Up Guardian can help.",
      "The Trust did nothing wrong, the inquest found.",
      "Our team went to the media launch of the new hospital.",
      "Everyone should know the truth about vaping: it's far less harmful than smoking, but not risk-free.",
      "Learn the truth about e-cigarettes on the NHS website.",
      "Patients deserve to know the facts about their treatment options.",
      "Management have done nothing but support us during the refurbishment.",
      "Going to the press awards tonight? Good luck to our nominated comms team!",
    ]) {
      expect(run(whistleblowing, text), text).toEqual([]);
    }
  });
});
