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

describe("credit.individual: kinds of wording beyond the first corpus", () => {
  it("flags a credit after a description of what the pictures show", () => {
    expect(flagged(credit, "Photos from last night's Star Awards by Ellie Marsh Photography.")).toEqual([
      "Photos from last night's Star Awards by Ellie Marsh Photography",
    ]);
    expect(flagged(credit, "Pictures of the new birth centre by the talented Omar Haddad 📸")).toEqual([
      "Pictures of the new birth centre by the talented Omar Haddad",
    ]);
    expect(flagged(credit, "Footage from the open day by Riverside Media.")).toEqual(["Footage from the open day by Riverside Media"]);
    expect(flagged(credit, "Images on the day by @lensbylucy")).toEqual(["Images on the day by @lensbylucy"]);
  });

  it("flags 'Shot by' credit lines, 'photo credit' without a colon and the team at a production company", () => {
    expect(flagged(credit, "Shot by Priya Nair")).toEqual(["Shot by Priya Nair"]);
    expect(flagged(credit, "Ward 4 refurbishment ✨ | Shot by Callum Reid")).toEqual(["Shot by Callum Reid"]);
    expect(flagged(credit, "Photo credit Jane Smith")).toEqual(["Photo credit Jane Smith"]);
    expect(flagged(credit, "Pic credit @lensbylucy")).toEqual(["Pic credit @lensbylucy"]);
    expect(flagged(credit, "Video by the talented team at Bright Spark Media.")).toEqual(["Video by the talented team at Bright Spark Media"]);
  });

  it("flags thanks and credit to a person for making the pictures, or to a named photographer", () => {
    expect(flagged(credit, "Thank you to Jack Dunne, who spent his day off filming our theatre teams.")).toEqual([
      "Thank you to Jack Dunne, who spent his day off filming",
    ]);
    expect(flagged(credit, "Big thanks to Anna Kowalska, who took these stunning photos of the garden.")).toEqual([
      "Big thanks to Anna Kowalska, who took these stunning photos",
    ]);
    expect(flagged(credit, "Thanks to freelance photographer Tom Price for his time today.")).toEqual(["Thanks to freelance photographer Tom Price"]);
    expect(flagged(credit, "Credit to @harbourlightfilms for the brilliant video.")).toEqual(["Credit to @harbourlightfilms for the brilliant video"]);
    expect(flagged(credit, "Kudos to Ben Carter for the amazing pics!")).toEqual(["Kudos to Ben Carter for the amazing pics"]);
  });

  it("does not flag the organisation's own credits, people who appear in a film, or other 'shot by'", () => {
    for (const text of [
      "Photos from the day by our communications team.",
      "Pictures from the fun run by Ward 7 staff.",
      "Photos of the new ward by appointment only.",
      "Thank you to Dr Amina Bello, who shared her story in our new video.",
      "Thanks to Amy Cole, who took part in the filming.",
      "Credit to the estates team for the new garden.",
      "Thank you to Sarah Jones, who organised the photo booth.",
      "Shot by a stray pellet, the swan was treated at the wildlife rescue.",
      "Images from our archive courtesy of the NHS Museum.",
      "Thanks to Rev Paul Stone, who made our patients so welcome.",
      "Photo credit goes to our estates team.",
      "Photos by the team at Sunderland Royal Hospital.",
      "Video by the team at NHS England.",
      "Thank you to photographer and patient Lucy Grant for sharing her story of breast cancer.",
      "Thanks to Emma Lowe for organising the photo exhibition in the atrium.",
      "Pictures of the new play area by Year 4 pupils at St Joseph's are on display.",
    ]) {
      expect(run(credit, text), text).toEqual([]);
    }
  });
});
