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
