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

describe("pii.address: kinds of statement (sentences written for these tests, not taken from the corpora)", () => {
  const addresses = (text: string) => flagged(text, "pii.address");

  it("flags cards and gifts sent to an address, with or without a verb or a recipient", () => {
    expect(addresses("Cards to 31 Cedar Drive, Luton LU2 7GH please.")).toEqual(["31 Cedar Drive, Luton LU2 7GH"]);
    expect(addresses("Get-well cards for Mr Patel to 31 Cedar Drive, Luton LU2 7GH please.")).toEqual(["31 Cedar Drive, Luton LU2 7GH"]);
    expect(addresses("Flowers and cards to Amy at 4 Fern Road, Ely.")).toEqual(["4 Fern Road, Ely"]);
    expect(addresses("Presents for the twins can go to their grandparents at 17 Ashby Road.")).toEqual(["17 Ashby Road"]);
    expect(addresses("Sympathy cards for the family can be sent to 8 Hawthorn Avenue, Crewe CW1 3GH.")).toEqual(["8 Hawthorn Avenue, Crewe CW1 3GH"]);
  });

  it("flags a person's house, flat, place or door, and things left with a named person there", () => {
    expect(addresses("Sean's flat is at 22 Dunmore Street, Glasgow G5 0AA, if anyone can help him move.")).toEqual(["22 Dunmore Street, Glasgow G5 0AA"]);
    expect(addresses("Our knitting circle meets at Jan's house, 4 Orchard Close, Ripon, on Mondays.")).toEqual(["4 Orchard Close, Ripon"]);
    expect(addresses("Dropping the hamper round to Bev's at 9 Moor Lane tonight.")).toEqual(["9 Moor Lane"]);
    expect(addresses("Please post the leaving card through Maria's letterbox at 2 Birch Lane.")).toEqual(["2 Birch Lane"]);
    expect(addresses("Our physio Greg is hosting a barbecue at his place, 7 Larch Close, on Saturday.")).toEqual(["7 Larch Close"]);
    expect(addresses("Raffle prizes can be left with our volunteer Tom Bryce at 6 Kiln Lane, Stroud.")).toEqual(["6 Kiln Lane, Stroud"]);
  });

  it("flags a named person, household or relative with an age or 'of' before the address", () => {
    expect(addresses("Mrs Nora Flynn, 88, of 3 Beechwood Grove, Wrexham, is celebrating today.")).toEqual(["3 Beechwood Grove, Wrexham"]);
    expect(addresses("The Wilsons at 5 Heol Las, Swansea SA1 8AA have offered their garden for the fete.")).toEqual(["5 Heol Las, Swansea SA1 8AA"]);
  });

  it("reads streets named the Welsh, Gaelic or Irish way", () => {
    expect(addresses("Best wishes to Gwen Price of 12 Heol y Felin, Neath SA11 2AB.")).toEqual(["12 Heol y Felin, Neath SA11 2AB"]);
    expect(addresses("Cards to 3 Ffordd yr Eglwys, Bangor.")).toEqual(["3 Ffordd yr Eglwys, Bangor"]);
  });

  it("does not flag venues, offices and organisations' addresses", () => {
    for (const text of [
      "Our new community hub at 14 Bridge Street, Hexham opens on Monday.",
      "Send your nominations to the Chair, Trust Headquarters, 1 Kings Road, Bath BA1 1AA.",
      "Meet Dr Nour Haddad at 12 Market Square for our pop-up blood pressure checks.",
      "Flowers for the memorial garden can be left at Reception, 2 Hospital Lane.",
      "Cards for the team can be left at the Education Centre, 5 College Road.",
      "Drop donations at 14 Elm Grove.",
      "Our Bingley health centre is at 6 Thorn Road, Bingley BD16 2AB.",
      "The Friends of Airedale shop is at 3 Church Lane.",
      "Our Integrated Care Board has moved to 2 Riverside Park, Salford M5 4AA.",
    ]) {
      expect(addresses(text)).toEqual([]);
    }
  });

  it("flags an address given for a person spoken of as 'her' or 'him'", () => {
    expect(addresses("Cards for Doreen's 100th can be posted to her at 12 Meadow Lane, Brigg DN20 8AA.")).toEqual(["12 Meadow Lane, Brigg DN20 8AA"]);
    expect(addresses("Collect your prescription from the pharmacy at 12 Meadow Lane, Brigg.")).toEqual([]);
  });
});
