import { describe, expect, it } from "vitest";
import { credit } from "../../src/screening/detectors/credit.ts";
import { flagged, run } from "./conduct-helpers.ts";

describe("credit.individual", () => {
  it("flags a photography studio credit", () => {
    const text = "Our new maternity unit. Photography by Tom Reed Studio";
    const [f] = run(credit, text);
    expect(f?.category).toBe("credit.individual");
    expect(f?.rule).toBe("credit.individual.photographer");
    expect(f?.severity).toBe("block");
    expect(f?.clause).toEqual(["CO23 §3.5.4", "ICBP038 §3.6", "CO22 §3.5"]);
    expect(f?.message).toMatch(/never credited to an individual/);
    expect(flagged(credit, text)).toEqual(["Photography by Tom Reed Studio"]);
  });

  it("flags credits to individual photographers", () => {
    expect(flagged(credit, "Photo by Jane Smith")).toEqual(["Photo by Jane Smith"]);
    expect(flagged(credit, "Photo by local photographer Jane Smith")).toEqual(["Photo by local photographer Jane Smith"]);
    expect(flagged(credit, "Image credit: Sam Jones")).toEqual(["Image credit: Sam Jones"]);
    expect(flagged(credit, "Photo: Jane Smith #TeamNHS")).toEqual(["Photo: Jane Smith"]);
  });

  it("flags a camera emoji credit to a handle", () => {
    expect(flagged(credit, "📷: @janesmithphoto")).toEqual(["📷: @janesmithphoto"]);
    expect(flagged(credit, "Lovely day 📸 @janesmithphoto")).toEqual(["📸 @janesmithphoto"]);
  });

  it("flags film-makers and production companies", () => {
    expect(run(credit, "Video: XYZ Productions")[0]?.rule).toBe("credit.individual.film-maker");
    expect(flagged(credit, "filmed by Ben Hall")).toEqual(["filmed by Ben Hall"]);
    expect(flagged(credit, "Filmed and edited by Northern Light Films")).toEqual(["Filmed and edited by Northern Light Films"]);
    expect(flagged(credit, "🎥 @northernlightfilms")).toEqual(["🎥 @northernlightfilms"]);
  });

  it("flags copyright in an individual's name", () => {
    expect(flagged(credit, "© John Doe")).toEqual(["© John Doe"]);
    expect(flagged(credit, "Our theatres.\n© 2024 John Doe")).toEqual(["© 2024 John Doe"]);
  });

  it("flags thanks to a photographer for the photos", () => {
    expect(flagged(credit, "Thanks to @janesmithphoto for the brilliant photos")).toEqual(["Thanks to @janesmithphoto for the brilliant photos"]);
  });

  it("flags a credit to a named member of staff", () => {
    expect(flagged(credit, "Photography by staff nurse Amy Cole, who took this on her break")).toEqual(["Photography by staff nurse Amy Cole"]);
  });

  it("flags a production company credited near a film", () => {
    expect(flagged(credit, "Our new film about organ donation, produced by Redhouse Media Productions, premieres tonight.")).toEqual([
      "produced by Redhouse Media Productions",
    ]);
    expect(run(credit, "Thanks to film-maker Ravi Sandhu for this beautiful short film")[0]?.rule).toBe("credit.individual.film-maker");
  });

  it("does not flag 'produced by' away from a photo or film, or a sentence after a camera emoji", () => {
    expect(run(credit, "Leaflet produced by Dr Jones. Take as directed by your pharmacist.")).toEqual([]);
    expect(run(credit, "Fancy starring in our campaign? 📸 Contact Poppy Rowe on 07700 900058")).toEqual([]);
    expect(run(credit, "Thanks to Jane Smith for organising the photos")).toEqual([]);
  });

  it("does not flag credits to the organisation itself", () => {
    for (const text of [
      "Photo courtesy of our estates team",
      "photo: Demo NHS Trust communications team",
      "© NHS",
      "© Crown copyright 2024",
      "Photo by our medical illustration team",
      "📷 by @DemoNHSTrust",
      "Thank you to our estates team for the lovely photos",
    ]) {
      expect(run(credit, text), text).toEqual([]);
    }
  });

  it("does not flag captions that only start with Photo: or Video:", () => {
    for (const text of [
      "Video: How to use your inhaler",
      "Video: Meet Dr Sarah Lewis, our new chief nurse",
      "Photo: our new ward",
      "Photo: Left to right, Jane Smith and Tom Jones",
      "Photos by appointment only",
      "Our flu shot clinic is open",
    ]) {
      expect(run(credit, text), text).toEqual([]);
    }
  });

  it("points at the right characters after emoji", () => {
    const text = "👩🏽‍⚕️🇬🇧 new ward! Photo by Jane Smith";
    expect(flagged(credit, text)).toEqual(["Photo by Jane Smith"]);
  });
});
