import { describe, expect, it } from "vitest";
import { abusive } from "../../src/screening/detectors/abusive.ts";
import { flagged, run } from "./conduct-helpers.ts";

describe("conduct.abusive", () => {
  it("flags insults aimed at a group of people", () => {
    const [f] = run(abusive, "People who park in ambulance bays are absolute morons");
    expect(f?.category).toBe("conduct.abusive");
    expect(f?.severity).toBe("block");
    expect(f?.clause).toEqual(["ICBP038 §3.2.1", "ICBP038 §3.2.4", "NWL §6.9"]);
    expect(f?.message).toMatch(/remove it/i);
    expect(flagged(abusive, "People who park in ambulance bays are absolute morons")).toEqual(["morons"]);
  });

  it("flags words that only ever insult people: idiots, scum, scumbags, nutters, junkies", () => {
    expect(flagged(abusive, "To the idiots who keep stealing hand gel")).toEqual(["idiots"]);
    expect(flagged(abusive, "Thieves are scum")).toEqual(["scum"]);
    expect(flagged(abusive, "absolute scumbags")).toEqual(["scumbags"]);
    expect(flagged(abusive, "some nutters in the waiting room")).toEqual(["nutters"]);
    expect(flagged(abusive, "these junkies")).toEqual(["junkies"]);
  });

  it("flags slurs as discriminatory, with the slur rule", () => {
    const [f] = run(abusive, "He called him a paki");
    expect(f?.rule).toBe("conduct.abusive.slur");
    expect(flagged(abusive, "stop acting like a retard")).toEqual(["retard"]);
    expect(flagged(abusive, "a bunch of trannies")).toEqual(["trannies"]);
  });

  it("flags 'go back to your own country' and other discriminatory statements", () => {
    expect(run(abusive, "Go back to your own country")[0]?.rule).toBe("conduct.abusive.discriminatory");
    expect(flagged(abusive, "send them back where they came from")).toEqual(["send them back where they came from"]);
    expect(flagged(abusive, "Too many foreigners working on our wards")).toEqual(["Too many foreigners"]);
    expect(flagged(abusive, "Immigrants are taking over")).toEqual(["Immigrants are taking over"]);
    expect(flagged(abusive, "Learn to speak English or go home")).toEqual(["Learn to speak English or go"]);
  });

  it("flags 'useless bunch of' and adjectives aimed at people", () => {
    expect(flagged(abusive, "What a useless bunch of managers")).toEqual(["useless bunch"]);
    expect(flagged(abusive, "Stupid drivers everywhere")).toEqual(["Stupid drivers"]);
    expect(flagged(abusive, "You lot are pathetic")).toEqual(["lot are pathetic"]);
    expect(flagged(abusive, "Our receptionist is a stupid cow")).toEqual(["receptionist is a stupid cow"]);
  });

  it("flags nouns that insult when aimed at someone: you clowns, absolute clowns, visitors are animals", () => {
    expect(flagged(abusive, "you clowns")).toEqual(["you clowns"]);
    expect(flagged(abusive, "absolute clowns, the lot of them")).toEqual(["absolute clowns"]);
    expect(flagged(abusive, "some of our visitors are animals")).toEqual(["visitors are animals"]);
    expect(flagged(abusive, "You're a disgrace")).toEqual(["You're a disgrace"]);
  });

  it("flags threats", () => {
    expect(run(abusive, "I'll kill you")[0]?.rule).toBe("conduct.abusive.threat");
    expect(flagged(abusive, "I'll batter the next person who parks there")).toEqual(["I'll batter the next person"]);
    expect(flagged(abusive, "We know where you live")).toEqual(["We know where you live"]);
    expect(flagged(abusive, "These people should be shot")).toEqual(["should be shot"]);
  });

  it("flags stereotypes and scapegoating of groups", () => {
    expect(flagged(abusive, "Mentally ill people are dangerous.")).toEqual(["Mentally ill people are dangerous"]);
    expect(flagged(abusive, "Old people clogging up the beds again")).toEqual(["Old people clogging up"]);
    expect(flagged(abusive, "Immigrants are the reason the queues are so long")).toEqual(["Immigrants are the reason the queues"]);
    expect(flagged(abusive, "Women in surgery just don't have the stamina")).toEqual(["Women in surgery just don't have the stamina"]);
    expect(flagged(abusive, "If you can't speak English, don't expect help")).toEqual(["If you can't speak English, don't expect"]);
  });

  it("flags insults said to someone on their own", () => {
    expect(flagged(abusive, "Get a life, loser.")).toEqual(["loser"]);
    expect(flagged(abusive, "Calling 999 for a stubbed toe. Clowns.")).toEqual(["Clowns"]);
    expect(flagged(abusive, "Imagine being so dim")).toEqual(["Imagine being so dim"]);
  });

  it("flags an insult about a named, titled member of staff", () => {
    expect(flagged(abusive, "Nurse Linda Jobson on Ward 3 is a lazy cow")).toEqual(["is a lazy cow"]);
  });

  it("does not treat a named place or service as a person", () => {
    expect(run(abusive, "Sunderland Royal is useless at parking. Ward 3 is a disgrace.")).toEqual([]);
  });

  it("does not flag groups described with facts", () => {
    for (const text of [
      "Immigrants are the reason our NHS works.",
      "People with dementia are not a burden.",
      "Disabled people are twice as likely to be out of work.",
      "Smokers are four times more likely to quit with our support.",
      "Women don't have to suffer in silence with the menopause.",
      "Dim the lights an hour before bed.",
      "Myth: people with mental illness are dangerous. Fact: they are more likely to be victims of crime.",
    ]) {
      expect(run(abusive, text), text).toEqual([]);
    }
  });

  it("does not flag dementia, learning disability or mental health as topics", () => {
    expect(run(abusive, "Living with dementia, a learning disability or a mental health condition? Our teams can help.")).toEqual([]);
  });

  it("does not flag 'no such thing as a stupid question'", () => {
    expect(run(abusive, "There's no such thing as a stupid question. If you feel stupid asking, don't.")).toEqual([]);
  });

  it("does not flag insults said of things rather than people", () => {
    expect(run(abusive, "Our old booking system was useless. The waiting times are a disgrace and we are sorry.")).toEqual([]);
    expect(run(abusive, "Antibiotics don't work for colds: they are useless against viruses.")).toEqual([]);
  });

  it("does not flag hospital clowns, therapy animals or pigs in blankets", () => {
    expect(run(abusive, "Hospital clowns visited the children's ward. Animals lift patients' mood. Pigs in blankets for lunch!")).toEqual([]);
  });

  it("does not flag negative self-talk described in a mental health post", () => {
    expect(run(abusive, "Depression lies. It tells you you're worthless and useless. Please reach out.")).toEqual([]);
  });

  it("does not flag a slur or insult being talked about in quotation marks", () => {
    expect(run(abusive, "Being called 'psycho' or 'nutter' hurts. Being told to 'go back to your own country' is a hate crime.")).toEqual([]);
  });

  it("does not flag clinical uses: spastic cerebral palsy, growth retardation, retard as a verb", () => {
    expect(run(abusive, "Spastic cerebral palsy; intrauterine growth retardation; steroids may retard growth; flame retardant")).toEqual([]);
  });

  it("does not flag ordinary compounds: adrenaline junkie, soap scum, midget gems, faggots and peas", () => {
    expect(run(abusive, "Our adrenaline junkie physio; soap scum; midget gems; faggots and peas")).toEqual([]);
  });

  it("does not flag suicide-prevention support", () => {
    expect(run(abusive, "If you're having thoughts of wanting to kill yourself, call Samaritans free on 116 123.")).toEqual([]);
    expect(flagged(abusive, "Go kill yourself")).toEqual(["Go kill yourself"]);
  });

  it("does not flag safe-handling advice or reassurance that sounds like a threat", () => {
    expect(run(abusive, "Lifting wrongly is going to hurt your back. We'll get you seen quickly. Photos should be shot in landscape.")).toEqual([]);
  });

  it("does not flag groups mentioned respectfully", () => {
    expect(run(abusive, "Too many men die by suicide. Refugees and asylum seekers are entitled to free GP care. Immigrants make up a fifth of our staff.")).toEqual([]);
  });

  it("points at the right characters after emoji and Arabic", () => {
    const text = "😡 مرحبا these idiots again";
    expect(flagged(abusive, text)).toEqual(["idiots"]);
  });
});

/*
 * Kinds of wording a second author used that the first did not: each kind is tested with
 * sentences written for these tests, and with the look-alikes it must leave alone.
 */
describe("conduct.abusive: kinds of wording beyond the first corpus", () => {
  const flagsEach = (texts: string[]) => {
    for (const text of texts) expect(run(abusive, text).length, text).toBeGreaterThan(0);
  };
  const flagsNone = (texts: string[]) => {
    for (const text of texts) expect(flagged(abusive, text), text).toEqual([]);
  };

  it("flags an insult before a staff group, with words between that say which staff", () => {
    expect(flagged(abusive, "The useless agency nurses on nights couldn't find the crash trolley.")).toEqual(["useless agency nurses"]);
    expect(flagged(abusive, "Lazy night porters left the beds in the corridor again.")).toEqual(["Lazy night porters"]);
    expect(flagged(abusive, "What a shower of useless bank staff tonight.")).toEqual(["useless bank staff"]);
    expect(flagged(abusive, "Typical sh*t locum doctors, never here when you need them.")).toEqual(["sh*t locum doctors"]);
    expect(flagged(abusive, "The crap agency carers didn't turn up.")).toEqual(["crap agency carers"]);
  });

  it("flags belittling adjectives before a group named by where they are from", () => {
    expect(flagged(abusive, "Another bunch of whinging Geordies complaining about parking.")).toEqual(["whinging Geordies"]);
    expect(flagged(abusive, "Thick Brummies keep ringing the wrong number.")).toEqual(["Thick Brummies"]);
    flagsNone(["Lazy Sundays are great for a gentle walk.", "There are no stupid Questions at our Ask Me Anything session."]);
  });

  it("flags a staff group called filthy, clueless, arrogant dinosaurs, vultures or glorified anything", () => {
    expect(flagged(abusive, "Our cleaners are filthy and lazy.")).toEqual(["cleaners are filthy"]);
    expect(flagged(abusive, "Pharmacists are just glorified shopkeepers.")).toEqual(["Pharmacists are just glorified shopkeepers"]);
    expect(flagged(abusive, "Consultants are arrogant dinosaurs.")).toEqual(["Consultants are arrogant dinosaurs"]);
    flagsEach(["Managers are vultures, every last one.", "Call handlers are clueless.", "GP receptionists are jumped-up clerks with a power trip."]);
    flagsNone([
      "Physios are amazing. Our pharmacists are experts in medicines.",
      "Receptionists are the friendly face of your GP practice.",
      "Dragons and princesses visited the children's ward today!",
      "Guide dogs are welcome throughout the hospital.",
      "Patients are entitled to a chaperone.",
    ]);
  });

  it("flags dismissive nouns for people, but not the reassurance that nobody is one", () => {
    expect(flagged(abusive, "Calling 111 because you stubbed your toe? Time-wasters.")).toEqual(["Time-wasters"]);
    expect(flagged(abusive, "The jobsworths in the car park office fined me again.")).toEqual(["jobsworths"]);
    expect(flagged(abusive, "Greedy, spoilt brats the lot of them.")).toEqual(["Greedy, spoilt brats"]);
    flagsEach(["Coffin dodgers clogging up the wards again.", "Feral kids running round the waiting room.", "Hysterical mums ringing 111 about a temperature."]);
    flagsNone([
      "You're never a time-waster if you're worried about a lump. See your GP.",
      "Don't worry about being a time-waster: call 111 if you're unsure.",
      "Many people feel like time-wasters when they call. You're not.",
      "Our army brats family day is on Saturday.",
    ]);
  });

  it("flags a one-word verdict on people just described, not on a thing or on yourself", () => {
    expect(flagged(abusive, "Drivers who park across the ambulance bay. Selfish.")).toEqual(["Selfish"]);
    flagsNone(["Forgot my badge again. Stupid.", "The printer jammed again. Useless."]);
  });

  it("flags capability stereotypes about groups picked out by sex, age or origin", () => {
    expect(flagged(abusive, "Older nurses can't cope with the new computer system.")).toEqual(["Older nurses can't cope with"]);
    expect(flagged(abusive, "Female surgeons aren't cut out for trauma lists.")).toEqual(["Female surgeons aren't cut out for"]);
    expect(flagged(abusive, "Half the foreign doctors in A&E can hardly speak English.")).toEqual(["foreign doctors in A&E can hardly speak English"]);
    flagsEach([
      "Millennials don't want to work weekends.",
      "Young doctors have no work ethic these days.",
      "Overseas nurses are too slow on the wards.",
    ]);
    for (const text of [
      "Myth: older staff can't cope with new technology. Fact: our over-60s lead our digital training.",
      "Women don't have to suffer in silence with the menopause.",
      "Women in their 40s are invited for breast screening every three years.",
      "Young people don't have to face mental health problems alone.",
      "Older people can't always get to the pharmacy, so we deliver.",
      "Don't speak English? Ask for a free interpreter.",
      "International nurses can't speak English when they arrive? Not true: all pass the IELTS or OET.",
      "Our new overseas nurses can't wait to meet you!",
      "Most men aren't aware that they can get a free NHS Health Check.",
      "Older patients aren't fit for discharge until social care is in place.",
      "Women who can't cope with menopause symptoms should speak to their GP: help is available.",
      "Many older people can't cope with the cold, so check on your neighbours.",
      "It's not true that older people can't learn new tech: our digital champions prove it.",
    ]) {
      expect(run(abusive, text), text).toEqual([]);
    }
  });

  it("flags a warning to guard belongings tied to an ethnic group, not safety advice", () => {
    expect(flagged(abusive, "Gypsies parked up near the car park. Watch your handbags.")).toEqual(["Gypsies parked up near the car park. Watch your handbags"]);
    flagsEach(["Immigrants everywhere in the waiting room, hide your valuables."]);
    flagsNone([
      "Gypsy, Roma and Traveller communities can register with any GP. Keep your belongings safe in our lockers.",
      "Travellers returning from abroad: check your vaccinations before you go.",
      "We've had thefts in the car park: please lock your cars and hide your valuables.",
    ]);
  });

  it("flags masked insults", () => {
    expect(flagged(abusive, "The p*icks who keep taking the wheelchairs need to stop.")).toEqual(["p*icks"]);
    expect(flagged(abusive, "Whoever scratched my car is a tw*t!")).toEqual(["tw*t"]);
    flagsNone(["Rated 5* by our patients. *Terms apply. Our A* apprentices."]);
  });

  it("flags denying care to a group, but not saying a group should get care", () => {
    expect(flagged(abusive, "Fat people should pay for their own treatment.")).toEqual(["Fat people should pay for their own"]);
    expect(flagged(abusive, "Smokers shouldn't get surgery on the NHS.")).toEqual(["Smokers shouldn't get surgery"]);
    flagsEach(["Health tourists should be refused care at the door."]);
    flagsNone([
      "Asylum seekers should not be turned away from GP practices.",
      "Everyone should get care when they need it: refugees should get NHS care too.",
      "Older people should not be left to struggle alone this winter.",
      "Women should have a chaperone for intimate examinations.",
    ]);
  });

  it("does not flag insult words describing things, eyes or germs", () => {
    flagsNone([
      "The old booking system was useless for patients who work nights.",
      "Dirty hands spread germs to patients.",
      "Our lazy eye clinic for children runs on Saturdays.",
    ]);
  });
});
