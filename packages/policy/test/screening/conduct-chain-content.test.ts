import { describe, expect, it } from "vitest";
import { chainContent } from "../../src/screening/detectors/chain-content.ts";
import { flagged, run } from "./conduct-helpers.ts";

describe("conduct.chain_content", () => {
  it("flags copy-and-paste chain mail and its dare, as a warning", () => {
    const text = "Copy and paste this to your status if you support our nurses - 99% won't!";
    const findings = run(chainContent, text);
    expect(findings.map((f) => f.severity)).toEqual(["warn", "warn"]);
    expect(findings[0]?.category).toBe("conduct.chain_content");
    expect(findings[0]?.clause).toEqual(["ICBP038 §3.2.4", "NWL §6.9"]);
    expect(flagged(chainContent, text)).toEqual(["Copy and paste this to your status", "99% won't"]);
  });

  it("flags demands to share with a number of people", () => {
    expect(flagged(chainContent, "Share with 10 friends")).toEqual(["Share with 10 friends"]);
    expect(flagged(chainContent, "send this to ten people today")).toEqual(["send this to ten people"]);
    expect(flagged(chainContent, "Forward this to everyone you know")).toEqual(["Forward this to everyone you know"]);
  });

  it("flags 'repost if you agree' and guilt trips", () => {
    expect(flagged(chainContent, "Repost if you agree")).toEqual(["Repost if you agree"]);
    expect(flagged(chainContent, "If you don't share this you don't care about nurses")).toEqual(["If you don't share this you don't care"]);
    expect(flagged(chainContent, "Bad luck will follow if you don't share")).toEqual(["Bad luck will follow if you don't share"]);
  });

  it("flags dares and deadlines", () => {
    expect(flagged(chainContent, "Most people won't, but real friends will.")).toEqual(["Most people won't", "real friends will"]);
    expect(flagged(chainContent, "Retweet this in the next 5 minutes or you'll have bad luck")).toEqual([
      "Retweet this in the next 5 minutes or you'll have bad luck",
    ]);
    expect(flagged(chainContent, "Repost this in your stories if you love a nurse")).toEqual(["Repost this in your stories if you love"]);
  });

  it("flags health hoaxes passed on as chain messages", () => {
    expect(run(chainContent, "Drinking hot water every 15 minutes kills the virus")[0]?.rule).toBe("conduct.chain-content.hoax");
    expect(flagged(chainContent, "Doctors in Japan say so. SHARE WITH EVERYONE YOU LOVE")).toEqual(["Doctors in Japan say", "SHARE WITH EVERYONE YOU LOVE"]);
  });

  it("flags known hoaxes", () => {
    expect(run(chainContent, "Facebook will start charging from Monday")[0]?.rule).toBe("conduct.chain-content.hoax");
    expect(flagged(chainContent, "I do not give Facebook permission to use my photos")).toEqual(["I do not give Facebook permission"]);
  });

  it("does not flag an ordinary request to share", () => {
    for (const text of [
      "Please share this post with anyone who might need it.",
      "Share with friends and family who might be eligible for the RSV vaccine.",
      "Retweet to help us reach more parents.",
      "Tag a colleague who always goes the extra mile!",
      "Copy and paste the link into your browser to fill in the survey.",
      "Our copy-paste template for referrals is on the intranet.",
      "90% of people won't need antibiotics for a cough.",
      "Share your views with us by 5 May.",
      "Please share with everyone you know who might be eligible.",
      "Drinking warm water can help with constipation.",
      "Most people won't need antibiotics for a cough.",
      "Please share within 24 hours of your appointment.",
    ]) {
      expect(run(chainContent, text), text).toEqual([]);
    }
  });
});
