import { describe, expect, it } from "vitest";
import { flagged } from "./pii-helpers.ts";

describe("pii.address: home addresses", () => {
  it("flags a named person's address with town and postcode", () => {
    const text = "Best wishes to Mr Arthur Long of 3 Mill Lane, Durham DH1 4AB, home after his operation";
    expect(flagged(text, "pii.address")).toEqual(["3 Mill Lane, Durham DH1 4AB"]);
  });

  it("flags an address after a home cue", () => {
    expect(flagged("Cards for Doris can be sent to her home at 14 Elm Grove, Gateshead NE8 1AA.", "pii.address")).toEqual(["14 Elm Grove, Gateshead NE8 1AA"]);
    expect(flagged("Jim lives at 22 Acacia Avenue, so please pop round.", "pii.address")).toEqual(["22 Acacia Avenue"]);
    expect(flagged("Home address: Flat 2, 7 St John's Road, Newcastle NE4 5AB", "pii.address")).toEqual(["Flat 2, 7 St John's Road, Newcastle NE4 5AB"]);
  });

  it("flags a named person directly followed by an address", () => {
    expect(flagged("Patient: Margaret Wilson, 12 Oak Crescent, Jarrow NE32 3AB", "pii.address")).toEqual(["12 Oak Crescent, Jarrow NE32 3AB"]);
  });

  it("does not flag an address introduced as a health centre, headquarters or venue", () => {
    for (const text of [
      "Our new health centre at 12 Station Road, Blaydon NE21 5AB opens on Monday.",
      "Visit us at 1 Riverside Way, Gateshead NE8 2AA.",
      "The drop-in session is held at St Mary's Church Hall, 4 Church Street.",
      "Our headquarters, Riverside House, 2 Goldcrest Way, Newburn NE15 8NY.",
      "Find our offices at 10 Quayside Road.",
    ]) {
      expect(flagged(text, "pii.address")).toEqual([]);
    }
  });

  it("does not flag an address with no person and no home cue", () => {
    expect(flagged("Drop donations at 14 Elm Grove.", "pii.address")).toEqual([]);
    expect(flagged("Join Sarah Jones at 5 Market Place for our wellbeing walk.", "pii.address")).toEqual([]);
  });

  it("does not flag an address the organisation publishes as its own, even beside a name", () => {
    const settings = { orgAddresses: ["Queen Elizabeth Hospital, 3 Sheriff Hill Lane, Gateshead NE9 6SX"] };
    expect(flagged("Mrs Patel, 3 Sheriff Hill Lane, Gateshead", "pii.address", settings)).toEqual([]);
    expect(flagged("Mrs Patel, 3 Sheriff Hill Lane, Gateshead", "pii.address")).toEqual(["3 Sheriff Hill Lane, Gateshead"]);
  });

  it("flags 'at' an address for a Mr or Mrs or a delivery, but not a meeting point", () => {
    expect(flagged("Please send cards to Mrs Ellis at 14 Elm Grove, Gateshead.", "pii.address")).toEqual(["14 Elm Grove, Gateshead"]);
    expect(flagged("Deliver the walking frame to Doris at 5 Oak Road tomorrow.", "pii.address")).toEqual(["5 Oak Road"]);
    expect(flagged("Meet Dr Jones at 5 Market Place.", "pii.address")).toEqual([]);
  });

  it("flags an address given for a patient or resident, or followed by 'where she lives'", () => {
    expect(flagged("The patient from 12 Cedar Close was discharged.", "pii.address")).toEqual(["12 Cedar Close"]);
    expect(flagged("The parcel is at 14 Elm Grove, where Doris lives.", "pii.address")).toEqual(["14 Elm Grove"]);
  });

  it("flags a home address typed in lower case after a home cue", () => {
    expect(flagged("Our patient lives at 14 elm grove, jarrow ne32 3ab.", "pii.address")).toEqual(["14 elm grove, jarrow ne32 3ab"]);
    expect(flagged("Home address: 7 park view, whitley bay", "pii.address")).toEqual(["7 park view, whitley bay"]);
  });

  it("does not flag the organisation's own or postal address, or a professional's practice", () => {
    for (const text of ["Our address: 1 Riverside Way, Gateshead NE8 2AA.", "Postal address: 4 quayside road, newcastle", "Dr Jones, 12 Harley Street: consultations by appointment."]) {
      expect(flagged(text, "pii.address")).toEqual([]);
    }
  });
});

describe("pii.address: more ways of giving a home address", () => {
  it("flags an address listed after a named nurse or matron, and after a retired doctor", () => {
    expect(flagged("Our retired matron Edna Foster, 14 Church Lane, Morpeth NE61 1QT, turns 100 today!", "pii.address")).toEqual([
      "14 Church Lane, Morpeth NE61 1QT",
    ]);
    expect(flagged("Retired GP Dr Ann Hale, 3 Mill Lane, Durham, celebrates her 90th.", "pii.address")).toEqual(["3 Mill Lane, Durham"]);
  });

  it("flags an address after a name with a bracket or an age between", () => {
    expect(flagged("Mr Kevin Ashby (DOB 19/05/1962) of 7 Ferndale Road, Stockton TS18 3PL, was admitted.", "pii.address")).toEqual([
      "7 Ferndale Road, Stockton TS18 3PL",
    ]);
    expect(flagged("Jim Brown (81) of 3 Mill Lane is home.", "pii.address")).toEqual(["3 Mill Lane"]);
  });

  it("flags someone moving in or out, 'at mine', a room to let and the wrong house", () => {
    expect(flagged("I'm moving out of 22 Jesmond Vale Terrace, Newcastle NE6 5JT. Message me!", "pii.address")).toEqual([
      "22 Jesmond Vale Terrace, Newcastle NE6 5JT",
    ]);
    expect(flagged("Networking drinks at mine – 6 Grange Road, Harrogate HG1 2AF – on Friday.", "pii.address")).toEqual(["6 Grange Road, Harrogate HG1 2AF"]);
    expect(flagged("Flat to let: 2 Kings Road, Jesmond.", "pii.address")).toEqual(["2 Kings Road, Jesmond"]);
    expect(flagged("Post keeps going to the wrong house – it's 18 Westbourne Road, Sheffield, not 81!", "pii.address")).toEqual(["18 Westbourne Road, Sheffield"]);
  });

  it("stops the town at a weekday", () => {
    expect(flagged("Party at mine: 12 Oak Road, Wednesday from 8!", "pii.address")).toEqual(["12 Oak Road"]);
  });

  it("flags an address given for cards, and a street with no suffix when a postcode follows", () => {
    expect(flagged("Send cards to 4 Kingsway, Darlington DL1 3PQ.", "pii.address")).toEqual(["4 Kingsway, Darlington DL1 3PQ"]);
    expect(flagged("Cards for Stan can go to 27 Beechwood Avenue, Jarrow.", "pii.address")).toEqual(["27 Beechwood Avenue, Jarrow"]);
    expect(flagged("Thanks to the Ahmed family, 12 Park Crescent, for the donation.", "pii.address")).toEqual(["12 Park Crescent"]);
  });

  it("does not flag an organisation or a service that has moved", () => {
    for (const text of [
      "Our Corporate Headquarters has moved to 1 Riverside Quay, Stockton-on-Tees TS17 6BJ.",
      "We've moved to 1 Riverside Quay, Stockton TS17 6BJ.",
      "Our Pharmacy has moved to 4 High Street.",
      "The clinic is moving to 5 Oak Road from Monday.",
      "Outpatient appointments are moving to 5 Oak Road.",
      "The GP practice is relocating to 12 Station Road, Blaydon NE21 5AB.",
    ]) {
      expect(flagged(text, "pii.address")).toEqual([]);
    }
  });

  it("does not flag a postcode address that is a building, a venue or has no person", () => {
    for (const text of [
      "Jane Smith, 4 Kingsway House, Darlington DL1 3PQ.",
      "Visit 4 Kingsway, Darlington DL1 3PQ for our open day.",
      "Flu clinic: Saturday at St Mary's, 4 Kingsway, Darlington DL1 3PQ.",
      "Send cards to the Chief Executive, Riverside House, 2 Goldcrest Way, Newburn NE15 8NY.",
      "Send your entries to 1 Riverside Way.",
      "Our clinic is at the same address: 5 Oak Road.",
    ]) {
      expect(flagged(text, "pii.address")).toEqual([]);
    }
  });
});
