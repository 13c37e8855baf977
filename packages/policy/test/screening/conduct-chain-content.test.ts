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

/*
 * Kinds of wording a second author used that the first did not: each kind is tested with
 * sentences written for these tests, and with the look-alikes it must leave alone.
 */
describe("conduct.chain_content: kinds of wording beyond the first corpus", () => {
  const flagsNone = (texts: string[]) => {
    for (const text of texts) expect(run(chainContent, text), text).toEqual([]);
  };

  it("flags copying by other words: copy and share, copy this to your wall", () => {
    expect(flagged(chainContent, "Copy & share before it's too late!")).toEqual(["Copy & share"]);
    expect(flagged(chainContent, "Copy this post to your wall and see who reads it.")).toEqual(["Copy this post to your wall"]);
    expect(flagged(chainContent, "Paste this on your timeline word for word.")).toEqual(["Paste this on your timeline"]);
    flagsNone(["Copy this link into your browser to book.", "Post this poster on your staff room wall."]);
  });

  it("flags dares about anyone's network and 'share if you're ...' pressure", () => {
    expect(flagged(chainContent, "I bet 95% of my followers won't retweet this.")).toEqual(["95% of my followers won't retweet"]);
    expect(flagged(chainContent, "Most of my colleagues won't share this.")).toEqual(["Most of my colleagues won't share"]);
    expect(flagged(chainContent, "Retweet if you're grateful for our paramedics!")).toEqual(["Retweet if you're grateful"]);
    expect(flagged(chainContent, "Share if you stand with our striking nurses.")).toEqual(["Share if you stand with"]);
    expect(flagged(chainContent, "Like and share if you're proud to work for the NHS.")).toEqual(["Like and share if you're proud"]);
    flagsNone([
      "Retweet if you're going to be at our open day so we know numbers.",
      "Share this if you know someone who could use our stop smoking service.",
      "90% of our patients would recommend us to friends and family.",
    ]);
  });

  it("flags passing a message on to every contact or every one of a kind of person you know", () => {
    expect(flagged(chainContent, "Send this to every midwife you know!")).toEqual(["Send this to every midwife you know"]);
    expect(flagged(chainContent, "Pass it on to every carer you know.")).toEqual(["Pass it on to every carer you know"]);
    expect(flagged(chainContent, "Warn all your friends: a new text scam is emptying bank accounts.")).toEqual(["Warn all your friends"]);
    expect(flagged(chainContent, "Tell everyone in your contacts not to accept the call.")).toEqual(["Tell everyone in your contacts"]);
    expect(flagged(chainContent, "Send to everyone on your contact list NOW.")).toEqual(["Send to everyone on your contact list"]);
    expect(flagged(chainContent, "Share, share, share!")).toEqual(["Share, share, share"]);
    flagsNone([
      "Please share with every new parent you know who hasn't had their baby's jabs.",
      "Send this to every carer you know who might need a break: our respite service is free.",
      "Share with friends and family who could benefit from a free NHS Health Check.",
      "Please share far and wide!",
      "Tell all your friends about our new walk-in centre!",
      "Warn your family about the signs of sepsis.",
    ]);
  });

  it("flags kitchen cures, 'what doctors don't want you to know' and device and privacy hoaxes", () => {
    expect(flagged(chainContent, "Garlic and honey every night destroys cancer cells naturally.")).toEqual(["Garlic and honey every night destroys cancer"]);
    expect(flagged(chainContent, "Turmeric cures dementia, but big pharma doesn't want you to know.")).toEqual([
      "Turmeric cures dementia",
      "big pharma doesn't want you to know",
    ]);
    expect(flagged(chainContent, "WhatsApp will make your messages public from Friday.")).toEqual(["WhatsApp will make your messages public"]);
    expect(flagged(chainContent, "A worm called 'Pay Rise 2025' will delete all your photos.")).toEqual(["worm called 'Pay Rise 2025' will delete all your photos"]);
    flagsNone([
      "Honey and lemon can soothe a sore throat.",
      "Garlic does not cure cancer. Always speak to your GP about treatment.",
      "A virus called norovirus causes sickness and diarrhoea. Wash your hands with soap and water.",
      "Hand washing kills the virus. Soap and water is best.",
      "Our IT team will never ask for your password. Hackers can steal your data if you click unknown links.",
    ]);
  });
});
