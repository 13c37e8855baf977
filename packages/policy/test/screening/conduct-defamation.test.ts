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

/*
 * Kinds of wording a second author used that the first did not: each kind is tested with
 * sentences written for these tests, and with the look-alikes it must leave alone.
 */
describe("conduct.defamation_risk: kinds of wording beyond the first corpus", () => {
  const flagsNone = (texts: string[]) => {
    for (const text of texts) expect(run(defamation, text), text).toEqual([]);
  };

  it("flags wrongful acts in any tense: over-billing, forging, cooking the books, pinching money, billing for work never done", () => {
    expect(flagged(defamation, "Locum agency MedStaff UK has been double-billing the trust for months.")).toEqual(["MedStaff UK has been double-billing"]);
    expect(flagged(defamation, "Dr Owen Pryce overcharged private patients.")).toEqual(["Dr Owen Pryce overcharged"]);
    expect(flagged(defamation, "Ridgeway Pharmacy has been forging prescriptions for controlled drugs.")).toEqual([
      "Ridgeway Pharmacy has been forging prescriptions",
    ]);
    expect(flagged(defamation, "The finance director has been cooking the books since 2021.")).toEqual(["The finance director has been cooking the books"]);
    expect(flagged(defamation, "Porter Gary Neal pinched £50 from the League of Friends tin.")).toEqual(["Porter Gary Neal pinched £50"]);
    expect(flagged(defamation, "Apex Cleaning invoiced us for shifts their staff never worked.")).toEqual([
      "Apex Cleaning invoiced us for shifts their staff never worked",
    ]);
    expect(run(defamation, "Sunrise Care has been billing the council for visits that never happened.")).toHaveLength(1);
    expect(run(defamation, "Porter Jim Hall was caught red-handed with the tuck shop takings.")).toHaveLength(1);
  });

  it("flags a sanction or allegation pinned on a named person or organisation", () => {
    expect(flagged(defamation, "BrightPath Ltd should be prosecuted for stealing from vulnerable residents.")).toEqual([
      "BrightPath Ltd should be prosecuted for stealing",
    ]);
    expect(flagged(defamation, "Dr Nadia Khan has been struck off over allegations of fraud.")).toEqual([
      "Dr Nadia Khan has been struck off over allegations of fraud",
    ]);
    expect(flagged(defamation, "Senior nurse Paula Dent is facing allegations of bullying junior staff.")).toEqual([
      "Paula Dent is facing allegations of bullying",
    ]);
  });

  it("flags accusations asked as questions or hedged", () => {
    expect(flagged(defamation, "Is Councillor Amy Reed on the take?")).toEqual(["Is Councillor Amy Reed on the take"]);
    expect(flagged(defamation, "Did Harbour Homes Ltd fiddle the inspection figures?")).toEqual(["Did Harbour Homes Ltd fiddle the inspection figures"]);
    expect(flagged(defamation, "Why is Northgate Medical Supplies overcharging the NHS?")).toEqual(["Northgate Medical Supplies overcharging"]);
    expect(flagged(defamation, "Anyone else think Hallam Builders are crooks?")).toEqual(["Hallam Builders are crooks"]);
    expect(flagged(defamation, "Does anyone else reckon Dr Giles Morton is lying about the waiting list?")).toEqual(["Dr Giles Morton is lying"]);
    expect(flagged(defamation, "Word is that Acme Catering are fiddling the books.")).toEqual(["Acme Catering are fiddling"]);
  });

  it("finds the target across a description, a relative clause or the staff of a named firm", () => {
    expect(flagged(defamation, "Kestrel Transport drivers have been stealing fuel from the depot.")).toEqual(["Kestrel Transport drivers have been stealing"]);
    expect(flagged(defamation, "The owner of Sunny Days Nursery, which runs our creche, is a thief.")).toEqual([
      "The owner of Sunny Days Nursery, which runs our creche, is a thief",
    ]);
    expect(flagged(defamation, "Mark Bell, our estates lead, has been taking backhanders.")).toEqual(["Mark Bell, our estates lead, has been taking backhanders"]);
    expect(flagged(defamation, "Acme Roofing are cowboys, avoid.")).toEqual(["Acme Roofing are cowboys"]);
    expect(flagged(defamation, "Councillor Bray's dodgy dealings with developers must be investigated.")).toEqual(["Councillor Bray's dodgy dealings"]);
  });

  it("does not flag unnamed wrongdoers, denials, idioms or ordinary billing", () => {
    flagsNone([
      "A former care worker was jailed for stealing from residents, Counter Fraud reports.",
      "Staff who face allegations of bullying can get confidential support from HR.",
      "Fraudsters are billing patients for appointments that never happened: hang up.",
      "If you think someone is billing the NHS for work not done, report it.",
      "Report anyone you suspect of fiddling the books to our counter fraud specialist.",
      "Our auditors found no evidence that Riverside Surgery had falsified any records.",
      "Smile Dental charges for appointments not attended without 24 hours' notice.",
      "The ward manager altered the rota to give everyone a weekend off.",
      "Ask for your doctors notes before you travel.",
      "Our Young Carers pocket money scheme relaunches today.",
      "Nurse Kelly Ward pinched herself when she won the award.",
      "We helped ourselves to cake at Jean's leaving do!",
    ]);
  });

  it("does not flag ordinary questions about named people and bodies", () => {
    flagsNone([
      "Is Monday a bank holiday? Yes, our clinics are closed.",
      "Is Dr Smith lying down on the job? No, she's demonstrating the recovery position!",
      "Did Sister Hughes steal the show at the awards? Absolutely.",
      "Is NHS England changing the rules for GP contracts? Find out more.",
    ]);
  });
});
