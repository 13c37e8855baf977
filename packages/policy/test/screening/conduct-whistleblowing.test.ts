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
