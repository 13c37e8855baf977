import { describe, expect, it } from "vitest";
import { defamation } from "../../src/screening/detectors/defamation.ts";
import { flagged, run } from "./conduct-helpers.ts";

describe("conduct.defamation_risk", () => {
  it("flags a named company's director called a crook", () => {
    const text = "The director of Smithfield Supplies Ltd is a crook who fiddled the books";
    const [f] = run(defamation, text);
    expect(f?.category).toBe("conduct.defamation_risk");
    expect(f?.rule).toBe("conduct.defamation-risk.allegation");
    expect(f?.severity).toBe("block");
    expect(f?.clause).toEqual(["CO23 §3.2.4", "ICBP038 §3.2.4", "CDDFT §4.4.1"]);
    expect(f?.message).toMatch(/defamatory/);
    expect(flagged(defamation, text)).toEqual(["The director of Smithfield Supplies Ltd is a crook"]);
  });

  it("flags a named person accused of lying, stealing or fraud", () => {
    expect(flagged(defamation, "Councillor Smith lied about the closure")).toEqual(["Councillor Smith lied"]);
    expect(flagged(defamation, "John Smith has been stealing from the practice")).toEqual(["John Smith has been stealing"]);
    expect(flagged(defamation, "Dr Alan Price is a fraud")).toEqual(["Dr Alan Price is a fraud"]);
    expect(flagged(defamation, "Matt Hancock lied")).toEqual(["Matt Hancock lied"]);
  });

  it("flags a named organisation accused of wrongdoing", () => {
    expect(flagged(defamation, "Hallam Medical Supplies Ltd are a bunch of crooks")).toEqual(["Hallam Medical Supplies Ltd are a bunch of crooks"]);
    expect(flagged(defamation, "The Trust covered it up")).toEqual(["The Trust covered it up"]);
    expect(flagged(defamation, "Tesco are ripping people off")).toEqual(["Tesco are ripping people off"]);
    expect(flagged(defamation, "Corruption at Demo Council is rife")).toEqual(["Corruption at Demo Council"]);
  });

  it("flags someone identified by their role", () => {
    expect(flagged(defamation, "Our chief executive lied to staff")).toEqual(["Our chief executive lied"]);
    expect(flagged(defamation, "fraud by the finance director")).toEqual(["fraud by the finance director"]);
    expect(flagged(defamation, "Everyone knows the estates manager at Ridgeway Surgery has been taking backhanders")).toEqual([
      "the estates manager at Ridgeway Surgery has been taking backhanders",
    ]);
    expect(flagged(defamation, "Management covered it up.")).toEqual(["Management covered it up"]);
  });

  it("flags allegations with a description between the name and the verb", () => {
    expect(flagged(defamation, "Dr Paul Nash, our cardiology lead, has been suspended for fiddling his expenses.")).toEqual([
      "Dr Paul Nash, our cardiology lead, has been suspended for fiddling",
    ]);
    expect(flagged(defamation, "Acme Ltd must have bribed someone to win that contract")).toEqual(["Acme Ltd must have bribed"]);
    expect(flagged(defamation, "Apex Cleaning are cutting corners and falsifying their audits")).toEqual([
      "Apex Cleaning are cutting corners and falsifying",
    ]);
  });

  it("flags 'shame on' a named organisation for wrongdoing", () => {
    expect(flagged(defamation, "Shame on Valley Pharmacy for fiddling their claims.")).toEqual(["Shame on Valley Pharmacy for fiddling"]);
    expect(run(defamation, "Shame on the weather for ruining our fun run")).toEqual([]);
  });

  it("does not flag neutral fraud awareness", () => {
    for (const text of [
      "Report NHS fraud to the NHS Counter Fraud Authority",
      "Beware of scam calls claiming to be from Demo Bank",
      "Fraudsters are sending fake texts claiming to be from the NHS",
      "If you think someone is committing fraud against the NHS, report it",
      "Our counter fraud team can help. Bribery and corruption policy is on the intranet.",
      "Criminals are sending emails that look like they come from HMRC.",
      "Fraudsters claiming to be from Demo Bank have stolen thousands from customers.",
      "Beware: scammers pretending to be Royal Mail have conned pensioners.",
    ]) {
      expect(run(defamation, text), text).toEqual([]);
    }
  });

  it("does not flag victims, denials or idioms", () => {
    for (const text of [
      "Mrs Jones was conned by a caller pretending to be her bank",
      "Dr Patel has never lied to a patient",
      "She stole the show at the awards",
      "He cheated death twice",
      "Dr Smith is lying on her side for the scan",
      "Alzheimer's is a cruel thief",
      "Thieves stole a bike from the hospital car park",
      "Our Chief Executive was harassed by protesters",
      "Demo Hospital lies in the heart of Durham",
      "Assaulting staff is a criminal offence",
      "He abused me for ten years before I found the courage to leave. Help is available.",
      "Our laundry partner Synergy Health laundered 2 million items last year.",
      "The hospital rigged up a temporary tent. The IT team fiddled with the settings.",
    ]) {
      expect(run(defamation, text), text).toEqual([]);
    }
  });
});
