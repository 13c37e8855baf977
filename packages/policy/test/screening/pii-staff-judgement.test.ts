import { describe, expect, it } from "vitest";
import { flagged, rules } from "./pii-helpers.ts";

const judged = (text: string) => flagged(text, "pii.staff_judgement");

describe("pii.staff_judgement: judgements of named people", () => {
  it("flags a named healthcare assistant called lazy", () => {
    expect(judged("Healthcare assistant Gary Moss is lazy and always late for shifts")).toEqual(["Gary Moss is lazy"]);
  });

  it("flags rude, useless, incompetent and unprofessional", () => {
    expect(judged("Nurse Jones was rude to my mum.")).toEqual(["Nurse Jones was rude"]);
    expect(judged("Our receptionist Karen is useless.")).toEqual(["Karen is useless"]);
    expect(judged("John Reid, our estates manager, is incompetent.")).toEqual(["John Reid, our estates manager, is incompetent"]);
    expect(judged("Karen's useless.")).toEqual(["Karen's useless"]);
  });

  it("flags mistakes, lateness and sleeping on shift", () => {
    expect(judged("Dr Patel made a mistake with the prescription.")).toEqual(["Dr Patel made a mistake"]);
    expect(judged("Mark Evans keeps turning up late.")).toEqual(["Mark Evans keeps turning up late"]);
    expect(judged("Gary Moss fell asleep on shift again.")).toEqual(["Gary Moss fell asleep on shift"]);
  });

  it("flags a possessive judgement and a judging adjective before the name", () => {
    expect(judged("Karen's attitude is terrible and she never answers the phone.")).toEqual(["Karen's attitude is terrible"]);
    expect(judged("Our useless receptionist Karen lost my letter.")).toEqual(["Karen"]);
  });

  it("flags disciplinary, suspension and complaints about a named person", () => {
    expect(rules("Disciplinary action against Gary Moss starts on Monday.", "pii.staff_judgement")).toEqual(["pii.staff-judgement.disciplinary"]);
    expect(judged("There have been complaints about Nurse Jones again.")).toEqual(["Nurse Jones"]);
    expect(judged("Porter Dave Smith has been suspended after the incident.")).toEqual(["Dave Smith has been suspended"]);
  });

  it("flags a judgement carried by 'he' or 'she'", () => {
    expect(judged("Avoid booking with Dr Smith, he's useless.")).toEqual(["Dr Smith, he's useless"]);
    expect(judged("Meet Gary. He is always late.")).toEqual(["Gary"]);
  });

  it("flags attitude, complaints, warnings and failing at the job", () => {
    expect(judged("Phlebotomist Sam Kerr has the worst attitude in the department.")).toEqual(["Sam Kerr has the worst attitude"]);
    expect(judged("Jo Smith got a final warning for lateness.")).toEqual(["Jo Smith got a final warning"]);
    expect(judged("Karen Jones has been underperforming for months.")).toEqual(["Karen Jones has been underperforming"]);
    expect(judged("Dave doesn't pull his weight on nights.")).toEqual(["Dave doesn't pull his weight"]);
    expect(judged("Dr Lee's bedside manner leaves a lot to be desired.")).toEqual(["Dr Lee's bedside manner leaves a lot to be desired"]);
    expect(judged("I've never met a nurse as lazy as Jo Smith.")).toEqual(["Jo Smith"]);
  });

  it("flags a named person's capability or disciplinary process", () => {
    expect(rules("Gary's disciplinary hearing is next Tuesday.", "pii.staff_judgement")).toEqual(["pii.staff-judgement.disciplinary"]);
    expect(judged("Nurse Ellie Ward is on a performance improvement plan.")).toEqual(["Nurse Ellie Ward is on a performance improvement plan"]);
  });

  it("gives a judgement later in the sentence to the nearest name before it", () => {
    expect(judged("Well done to everyone except Mark on ward 4, whose work has been sloppy all month.")).toEqual(["Mark"]);
    expect(judged("Big thanks to Lisa for covering, unlike Dan who couldn't be bothered to turn up.")).toEqual(["Dan"]);
    expect(judged("Sarah Cole (ward 7) keeps calling in sick on Mondays")).toEqual(["Sarah Cole"]);
    expect(judged("Our HCA Bev Turner is brilliant with patients but hopeless at paperwork.")).toEqual(["Bev Turner"]);
  });

  it("follows a judgement back to the name in the sentence or line before", () => {
    expect(judged("Gary Moss started in March. Since then he has been late 11 times and his work is sloppy.")).toEqual(["Gary Moss"]);
    expect(judged("Gary Moss\nlazy, always late, rude to patients")).toEqual(["Gary Moss"]);
    expect(judged("Meet Jane Smith, our new matron. She is brilliant and never late.")).toEqual([]);
    expect(judged("Thanks to Jane Smith. Patients say the food is awful.")).toEqual([]);
  });

  it("flags a first name typed in lower case right before a judgement", () => {
    expect(judged("tbh dave on nights is useless")).toEqual(["dave on nights is useless"]);
  });

  it("does not flag a judging word that describes something else", () => {
    for (const text of [
      "Jane dealt calmly with a rude patient today. Thank you Jane!",
      "Jane Smith fixed our useless printer, what a star.",
      "Jane Smith is anything but lazy: she ran 3 marathons this year!",
      "Jane Smith won an award for tackling bullying in the workplace.",
      "Jane Smith covered for colleagues off sick all week. Thank you!",
      "Our new Head of HR, Jane Smith, leads our work on disciplinary policy.",
    ]) {
      expect(judged(text)).toEqual([]);
    }
  });

  it("does not flag praise in an official thank-you", () => {
    for (const text of [
      "Huge thanks to Nurse Jones for her brilliant care.",
      "Congratulations to Karen Smith, our receptionist of the year!",
      "Nurse Jones is an excellent role model for our students.",
      "Dr Amir Khan is a complete professional and an absolute legend.",
      "Jane Smith is difficult to replace: thank you for 30 years!",
      "Jane is a problem solver and a brilliant manager.",
      "He is always so kind. Thank you Dr Patel!",
    ]) {
      expect(judged(text)).toEqual([]);
    }
  });

  it("does not flag a negated judgement", () => {
    expect(judged("Sarah Jones is never late and always has a smile for patients.")).toEqual([]);
    expect(judged("Thank you Gary Moss, who never once complained about the extra shifts.")).toEqual([]);
    expect(judged("Jane Smith has never been rude to anyone.")).toEqual([]);
  });

  it("does not flag judgements of nobody in particular or a named person near unrelated bad news", () => {
    for (const text of [
      "Staff who are rude to patients will face disciplinary action.",
      "Dr Patel spoke about how to avoid mistakes in prescribing.",
      "Despite awful weather, Jane Smith ran the Great North Run for our charity.",
      "Dr Sarah Lewis led the investigation into waiting times.",
      "Our new complaints manager, Jane Smith, joins us from Leeds.",
    ]) {
      expect(judged(text)).toEqual([]);
    }
  });
});

describe("pii.staff_judgement: more ways of judging a named colleague", () => {
  it("flags a judging verb after an auxiliary: has failed, has made, has been placed on a plan", () => {
    expect(judged("HCA Jordan Bright has failed his competency assessment for the third time.")).toEqual(["Jordan Bright has failed his competency"]);
    expect(judged("Dr Ben Cole has made yet another prescribing error.")).toEqual(["Dr Ben Cole has made yet another prescribing error"]);
    expect(judged("Our receptionist Tracey Gill has been placed on a performance improvement plan.")).toEqual([
      "Tracey Gill has been placed on a performance improvement plan",
    ]);
    expect(judged("Porter Dave Smith has been put on a final warning.")).toEqual(["Dave Smith has been put on a final warning"]);
  });

  it("flags a judgement after a sentence adverb such as clearly or obviously", () => {
    expect(judged("Dr Neil Hammond is clearly not up to the job.")).toEqual(["Dr Neil Hammond is clearly not up to the job"]);
    expect(judged("Dr Ann Reid is obviously out of her depth.")).toEqual(["Dr Ann Reid is obviously out of her depth"]);
  });

  it("flags superlatives: the most disorganised, the least helpful, the worst manager", () => {
    expect(judged("Band 6 Rachel Kerr is the most disorganised person I've ever worked with.")).toEqual(["Rachel Kerr is the most disorganised"]);
    expect(judged("Jo Smith is the least helpful manager in the building.")).toEqual(["Jo Smith is the least helpful"]);
    expect(judged("Honestly, Sister Karen Lowe on Ward 14 is the worst manager I've ever had.")).toEqual(["Sister Karen Lowe on Ward 14 is the worst"]);
  });

  it("flags a judgement in quotes, and insults such as a weak leader or a total jobsworth", () => {
    expect(judged("Staff survey comments say Ward 10 manager Paula Reeves is 'toxic'.")).toEqual(["Paula Reeves is 'toxic"]);
    expect(judged("Our former finance director Philip Snow was a weak leader.")).toEqual(["Philip Snow was a weak leader"]);
    expect(judged("Karen on reception is a total jobsworth.")).toEqual(["Karen on reception is a total jobsworth"]);
  });

  it("flags praise followed by 'but' and a judgement, covering only the name", () => {
    expect(judged("Our consultant Mr Raj Patel is brilliant in theatre but incredibly arrogant with junior staff.")).toEqual(["Mr Raj Patel"]);
    expect(judged("Jo Hill is kind but very disorganised.")).toEqual(["Jo Hill"]);
  });

  it("flags turning up only when it suits, taking twice as long, and keeps cancelling", () => {
    expect(judged("Ward manager Pete Rigby only ever turns up when the CQC are in.")).toEqual(["Pete Rigby only ever turns up"]);
    expect(judged("Why does Nurse Emily Shaw take twice as long as everyone else on the drug round?")).toEqual([
      "Nurse Emily Shaw take twice as long",
    ]);
    expect(judged("Consultant Tom Hale keeps cancelling clinics at the last minute.")).toEqual(["Tom Hale keeps cancelling"]);
  });

  it("flags a judging question", () => {
    expect(judged("Why is Dr Ben Cole always so rude?")).toEqual(["Dr Ben Cole always so rude"]);
    expect(judged("Why does Amy Hart always disappear at lunchtime?")).toEqual(["Amy Hart always disappear"]);
  });

  it("flags a call-out of someone who does not pull their weight", () => {
    expect(judged("Not everyone pulls their weight – looking at you, Kelly Graham in outpatients 👀")).toEqual(["Kelly Graham"]);
    expect(judged("Big thanks to everyone, except Tom Reid, who is clearly not pulling his weight.")).toEqual(["Tom Reid"]);
  });

  it("does not give a judgement to a name signing off the post after a dash", () => {
    expect(judged("Patients who are rude to staff will be asked to leave – Jo Hill, Head of Security.")).toEqual([]);
  });

  it("flags a place with a number between the name and the judgement", () => {
    expect(judged("Nurse Linda Jobson on Ward 3 is a lazy cow.")).toEqual(["Nurse Linda Jobson on Ward 3 is a lazy"]);
  });

  it("flags a judgement of someone's notes or handovers", () => {
    expect(judged("Between us, Dr Sam Hill's handovers are chaotic and full of errors.")).toEqual(["Dr Sam Hill's handovers are chaotic"]);
  });

  it("does not flag praise, negations or ordinary questions written in the same shapes", () => {
    for (const text of [
      "Our consultant Mr Patel is brilliant in theatre and never arrogant.",
      "Jane is anything but lazy.",
      "Why is Dr Patel so popular? Because she listens.",
      "Why does Jo Hill always smile? She loves her job.",
      "Nurse Jane Smith is the most caring person I know.",
      "Karen Hill is the best receptionist I've ever met.",
      "Dr Ayo is the most caring consultant we know.",
      "Jane Smith takes time to listen to every patient.",
      "Looking at you, Kelly – thanks for all the cakes!",
      "Not everyone can run a marathon – looking at you, Kelly Graham, who did three!",
      "Tracey Gill has been placed on our shortlist for Nurse of the Year.",
      "Jo Hill has been put on the rota for Christmas Day.",
      "Jane Smith was a weak swimmer as a child but now runs marathons.",
      "Jo Smith keeps missing the bus, so we gave her a lift!",
      "Jo Hill, our ward manager, is clearly passionate about patient safety.",
      "Dr Sam Hill's teaching is brilliant.",
      "Jane Smith leads our campaign against rudeness to staff.",
      "Karen Hill is never rude, never late, and never lazy.",
    ]) {
      expect(judged(text)).toEqual([]);
    }
  });
});

describe("pii.staff_judgement: kinds of statement (sentences written for these tests, not taken from the corpora)", () => {
  it("flags an employment record even when it is good news: probation, appraisal ratings, rankings, resits", () => {
    // a probation outcome, a rating or a ranking is information about someone's employment
    expect(judged("Congratulations to Tom Reid, who passed his probation with flying colours.")).toEqual(["Tom Reid"]);
    expect(judged("Dr Harris was rated 'requires improvement' at his annual appraisal.")).toEqual(["Dr Harris"]);
    expect(judged("Practice manager Jean Ross got the lowest score in this year's staff appraisals.")).toEqual(["Jean Ross"]);
    expect(judged("Congratulations to Nina Bell, who came top in this year's appraisal rankings.")).toEqual(["Nina Bell"]);
    expect(judged("Congratulations to Liam Hart, who has finally passed his medicines management assessment after three goes!")).toEqual(["Liam Hart"]);
    expect(judged("Tom Hale's prescribing errors have halved since March.")).toEqual(["Tom Hale's prescribing errors"]);
  });

  it("flags a named colleague compared with the others", () => {
    expect(judged("Shout out to Kelly Moss, the only receptionist who actually smiles at patients.")).toEqual(["Kelly Moss"]);
    expect(judged("Our new matron, Sue Parr, is far better than the last one.")).toEqual(["Sue Parr"]);
    expect(judged("Priya is streets ahead of the other physios. Well done!")).toEqual(["Priya"]);
    // praise by comparison judges both; the finding points at the nearest name before the comparison
    expect(judged("Unlike his predecessor Colin, Mark actually answers his bleep.")).toEqual(["Mark"]);
    expect(judged("Jo Hill is the best HCA I've ever managed and should have been given the band 4 post.")).toEqual(["Jo Hill"]);
  });

  it("flags insults and doubts about competence", () => {
    expect(judged("Raj in pathology is a complete waste of space.")).toEqual(["Raj in pathology is a complete waste of space"]);
    expect(judged("Our manager Pete Lamb couldn't organise a rota if his life depended on it.")).toEqual(["Pete Lamb couldn't organise a rota"]);
    expect(judged("Shameful that midwife Rosie Clark was left in charge when she clearly can't cope.")).toEqual(["midwife Rosie Clark"]);
    expect(judged("Matron Gill Roper is a bully and everyone on Ward 4 knows it.")).toEqual(["Matron Gill Roper is a bully"]);
    expect(judged("Ward sister Tina Boyle treats the students like dirt.")).toEqual(["Tina Boyle treats the students like dirt"]);
    expect(judged("Receptionist Janet Bell couldn't care less about patients.")).toEqual(["Janet Bell couldn't care less"]);
  });

  it("flags neglected duties and bad habits", () => {
    expect(judged("Nurse Paula Grant never washes her hands between patients.")).toEqual(["Nurse Paula Grant never washes her hands"]);
    expect(judged("Care coordinator Jo Nash never returns calls.")).toEqual(["Jo Nash never returns calls"]);
    expect(judged("Our receptionist Di keeps hanging up on patients.")).toEqual(["Di keeps hanging up on"]);
    expect(judged("Why can't Dr Penny Hall ever answer her bleep?")).toEqual(["Dr Penny Hall ever answer her bleep"]);
    expect(judged("Our pharmacist Tina Lowe keeps getting the doses wrong.")).toEqual(["Tina Lowe keeps getting the doses wrong"]);
    expect(judged("Lab manager Colin Webb loses samples on a weekly basis.")).toEqual(["Colin Webb loses samples"]);
    expect(judged("Gareth on nights spends half his shift in the car park smoking.")).toEqual(["Gareth"]);
    expect(judged("The porter on nights, Sam Lowe, was found asleep in the linen room again.")).toEqual(["Sam Lowe, was found asleep"]);
    expect(judged("Pete Moss has been off with stress more than he's been at work this year.")).toEqual(["Pete Moss"]);
    expect(judged("Sister Anne Hay is the reason three nurses have left the unit this year.")).toEqual(["Sister Anne Hay is the reason three nurses have left"]);
  });

  it("follows a judgement back over a sentence without a name, and across an emoji used as a full stop", () => {
    expect(judged("Sister Joan Tully runs Ward 9. The students dread her shifts 😬 She's a real dragon!")).toEqual(["Sister Joan Tully"]);
    expect(judged("Karen Doyle has passed her probation. Concerns about her timekeeping were dealt with.")).toEqual(["Karen Doyle"]);
  });

  it("does not flag praise, qualifications or the same words about something else", () => {
    for (const text of [
      "Congratulations to Liam Hart, who has completed his preceptorship!",
      "Amy Walsh passed her driving test at the third attempt and now drives our mobile clinic!",
      "Laura Kent passed her final physiotherapy exams and graduates in July!",
      "Mark Dean ran the marathon faster than anyone else in the trust.",
      "Nina Bell came top in the regional nursing quiz!",
      "Our appraisal window closes on Friday - managers, please complete reviews.",
      "Tina Lowe explains the most common medication errors and how to avoid them.",
      "Dr Irene Walsh is a brilliant communicator and patients love her.",
      "Sister Anne Hay is the reason so many students want to work on our unit.",
      "Staff nurse Emma Hale keeps the ward running like clockwork.",
      "Receptionist Janet Bell couldn't be prouder of her daughter's graduation.",
      "Our registrar Dr Paul Singh has published research on drug errors.",
      "Pete Lamb organised the rota for the whole Christmas period - thank you!",
      "Jo Nash returns from her secondment in April.",
      "Kevin Doyle reminds everyone to do their observations on time.",
      "Dr Sam Brown is the best thing that has happened to our stroke service.",
    ]) {
      expect(judged(text)).toEqual([]);
    }
  });

  it("flags a reputation, a mistake or work judged through a possessive", () => {
    expect(judged("Consultant Ms Rose Dunn is notorious for bullying junior doctors.")).toEqual(["Ms Rose Dunn is notorious for"]);
    expect(judged("Our new CEO Mark Rees is all talk and no action.")).toEqual(["Mark Rees is all talk and no action"]);
    expect(judged("Nurse Helen Daly is always the last to answer call bells.")).toEqual(["Nurse Helen Daly is always the last to"]);
    expect(judged("Sam from admin sends every email to the wrong person.")).toEqual(["Sam"]);
    expect(judged("Healthcare assistant Mo Khan failed his care certificate twice.")).toEqual(["Mo Khan failed his care certificate"]);
    expect(judged("Dr Craig Bell's handwriting is so bad that pharmacy can't read his prescriptions.")).toEqual(["Dr Craig Bell's handwriting is so bad"]);
    expect(judged("Surgeon Mr Ian Carr has the worst infection rates in the region.")).toEqual(["Mr Ian Carr"]);
  });
});
