import { describe, expect, it } from "vitest";
import { platformPreview, PLATFORMS, type PreviewImageInput } from "../src/index.ts";

const landscape: PreviewImageInput = { width: 1600, height: 900, altText: "A nurse giving a flu jab" };
const portrait: PreviewImageInput = { width: 1080, height: 1350, altText: "A queue outside the clinic" };
const pictures = (n: number) => Array.from({ length: n }, () => landscape);
const codes = (preview: ReturnType<typeof platformPreview>) => preview.warnings.map((w) => w.code);

/** "word " repeated: every fifth character is a space, so the fold can find a word boundary. */
const words = (characters: number) => "word ".repeat(Math.ceil(characters / 5)).slice(0, characters);

describe("the text each feed shows", () => {
  it("keeps every character, split between shown, folded and over the limit", () => {
    const text = `${words(600)} https://www.nhs.uk/flu`;
    for (const platform of PLATFORMS) {
      const { text: t } = platformPreview(platform, text, pictures(1));
      expect(t.shown + t.folded + t.over).toBe(text);
    }
  });

  it("shows X posts whole up to 280 weighted characters, and marks the rest as over the limit", () => {
    const fits = platformPreview("x", "a".repeat(280), []);
    expect(fits.text).toMatchObject({ shown: "a".repeat(280), folded: "", more: null, over: "", used: 280, limit: 280 });
    expect(fits.warnings).toEqual([]);

    const long = platformPreview("x", "a".repeat(300), []);
    expect(long.text.shown).toBe("a".repeat(280));
    expect(long.text.over).toBe("a".repeat(20));
    expect(long.warnings[0]).toMatchObject({ code: "over_limit", refused: true });
    expect(long.warnings[0]!.message).toBe("Over the limit: X will refuse it. This is 300 weighted characters (links count as 23); the limit is 280. Shorten it by 20.");
  });

  it("counts X's way: an emoji weighs two and a link 23, so fewer characters fit", () => {
    const emoji = platformPreview("x", "😀".repeat(141), []);
    expect(emoji.text.used).toBe(282);
    expect(emoji.text.shown).toBe("😀".repeat(140));
    const link = `${"a".repeat(256)} https://example.org/${"p".repeat(100)}`;
    expect(platformPreview("x", link, []).text.over).toBe("");
  });

  it("takes 300 graphemes on Bluesky and 500 characters on Mastodon", () => {
    expect(platformPreview("bluesky", "é".repeat(300), []).text.over).toBe("");
    const family = "👨‍👩‍👧";
    expect(platformPreview("bluesky", family.repeat(301), []).text).toMatchObject({ shown: family.repeat(300), over: family, used: 301 });
    expect(platformPreview("mastodon", "a".repeat(500), []).text.over).toBe("");
    expect(platformPreview("mastodon", "a".repeat(501), []).text.over).toBe("a");
  });

  it("folds LinkedIn after about 210 characters, at a word boundary, behind '…see more'", () => {
    const exactly = platformPreview("linkedin", "a".repeat(210), []);
    expect(exactly.text).toMatchObject({ folded: "", more: null });
    const text = `Hi ${words(400)}`;
    const { text: t, warnings } = platformPreview("linkedin", text, []);
    expect(t.more).toBe("…see more");
    // character 210 is inside a word: the fold moves back to the space before it
    expect(t.shown).toBe(text.slice(0, 207));
    expect(t.shown.endsWith("word")).toBe(true);
    expect(t.folded.startsWith(" word")).toBe(true);
    expect(warnings.find((w) => w.code === "folded")).toMatchObject({ refused: false, message: 'LinkedIn shows about the first 210 characters, then "…see more". Put the key message first.' });
  });

  it("cuts a long word where the feed does, when there is no space nearby", () => {
    const { text: t } = platformPreview("linkedin", "a".repeat(300), []);
    expect(t.shown).toBe("a".repeat(210));
    expect(t.folded).toBe("a".repeat(90));
  });

  it("folds Facebook after about 477 characters behind 'See more', and Instagram after about 125 behind '… more'", () => {
    expect(platformPreview("facebook", "a".repeat(477), []).text.more).toBeNull();
    expect(platformPreview("facebook", "a".repeat(478), []).text).toMatchObject({ shown: "a".repeat(477), more: "See more" });
    expect(platformPreview("instagram", "a".repeat(125), [landscape]).text.more).toBeNull();
    expect(platformPreview("instagram", "a".repeat(126), [landscape]).text).toMatchObject({ shown: "a".repeat(125), folded: "a", more: "… more" });
  });

  it("never folds on X, Mastodon or Bluesky", () => {
    for (const platform of ["x", "mastodon", "bluesky"] as const) expect(platformPreview(platform, words(280), []).text.more).toBeNull();
  });

  it("folds and refuses at once when a LinkedIn post is over 3,000 characters", () => {
    const { text: t, warnings } = platformPreview("linkedin", "a".repeat(3005), []);
    expect(t.over).toBe("a".repeat(5));
    expect(t.shown.length + t.folded.length).toBe(3000);
    expect(warnings.map((w) => w.code)).toEqual(["over_limit", "folded"]);
  });
});

describe("the pictures each feed shows", () => {
  it("crops one picture to the platform's shape", () => {
    expect(platformPreview("x", "", [landscape]).images).toMatchObject({ layout: "single", frame: 16 / 9, more: 0, max: 4 });
    expect(platformPreview("mastodon", "", [portrait]).images.frame).toBe(16 / 9);
    expect(platformPreview("facebook", "", [portrait]).images.frame).toBe(1.91);
    expect(platformPreview("linkedin", "", [landscape]).images.frame).toBe(1.91);
  });

  it("keeps a single Bluesky picture's own shape, but no taller than square", () => {
    expect(platformPreview("bluesky", "", [{ width: 2000, height: 1000, altText: "x" }]).images.frame).toBe(2);
    expect(platformPreview("bluesky", "", [portrait]).images.frame).toBe(1);
  });

  it("lays out two to four pictures in a grid: side by side, one tall and two stacked, or a square of four", () => {
    expect(platformPreview("x", "", pictures(2)).images.shown.map((s) => s.aspect)).toEqual([8 / 9, 8 / 9]);
    expect(platformPreview("x", "", pictures(3)).images.shown.map((s) => s.aspect)).toEqual([8 / 9, 16 / 9, 16 / 9]);
    expect(platformPreview("x", "", pictures(4)).images).toMatchObject({ layout: "grid", more: 0 });
    expect(platformPreview("x", "", pictures(4)).images.shown).toHaveLength(4);
  });

  it("shows four of Facebook's pictures with the rest as '+N'", () => {
    expect(platformPreview("facebook", "", pictures(7)).images).toMatchObject({ layout: "grid", frame: 1, more: 3 });
    expect(platformPreview("facebook", "", pictures(7)).images.shown).toHaveLength(4);
  });

  it("makes Instagram a carousel cropped to the first picture's shape, square or 4:5", () => {
    expect(platformPreview("instagram", "Hi", [landscape, portrait]).images).toMatchObject({ layout: "carousel", frame: 1, more: 1 });
    expect(platformPreview("instagram", "Hi", [portrait, landscape]).images.frame).toBe(4 / 5);
  });

  it("refuses more pictures than the platform takes, and shows only those it takes", () => {
    const preview = platformPreview("x", "Five", pictures(5));
    expect(preview.images.shown).toHaveLength(4);
    expect(preview.warnings).toContainEqual({
      code: "too_many_pictures",
      refused: true,
      message: "Too many pictures: X takes 4 pictures at most, and this post has 5. Remove 1, or X will refuse it.",
    });
    expect(codes(platformPreview("linkedin", "Twenty", pictures(20)))).not.toContain("too_many_pictures");
  });

  it("says which pictures have no alt text", () => {
    const preview = platformPreview("mastodon", "", [landscape, { ...landscape, altText: " " }, { ...landscape, altText: "" }]);
    expect(preview.warnings).toContainEqual({ code: "missing_alt_text", refused: false, message: "Pictures 2, 3 have no alt text: people using screen readers will not know what it shows." });
  });
});

describe("Instagram's own rules", () => {
  it("needs a picture", () => {
    const preview = platformPreview("instagram", "Book your flu jab.", []);
    expect(preview.warnings).toEqual([
      { code: "needs_picture", refused: true, message: "Instagram needs a picture: it will refuse a post of text only. Attach a picture to the submission, or leave Instagram out." },
    ]);
    expect(codes(platformPreview("instagram", "Book your flu jab.", [landscape]))).toEqual([]);
    for (const platform of ["x", "facebook", "linkedin", "mastodon", "bluesky"] as const) expect(codes(platformPreview(platform, "Book your flu jab.", []))).toEqual([]);
  });

  it("says its links cannot be clicked, and makes no card", () => {
    const preview = platformPreview("instagram", "Book at https://www.nhs.uk/flu.", [landscape]);
    expect(preview.link).toEqual({ url: "https://www.nhs.uk/flu", domain: "nhs.uk", card: false, clickable: false });
    expect(preview.warnings[0]).toMatchObject({ code: "link_not_clickable", refused: false });
    expect(preview.warnings[0]!.message).toContain("nhs.uk will be plain text");
  });
});

describe("link cards", () => {
  it("show the first link's domain as a card when the post has no pictures", () => {
    const text = "Walk in on Tuesdays: https://WWW.NHS.UK/flu-jab?from=post, or see https://example.org.";
    for (const platform of ["x", "facebook", "mastodon"] as const) {
      expect(platformPreview(platform, text, []).link).toEqual({ url: "https://WWW.NHS.UK/flu-jab?from=post", domain: "nhs.uk", card: true, clickable: true });
      expect(platformPreview(platform, text, [landscape]).link).toMatchObject({ card: false, clickable: true });
    }
  });

  it("are not shown for Bluesky and LinkedIn, which make none from the text: the link stays a plain link", () => {
    const text = "Walk in on Tuesdays: https://www.nhs.uk/flu-jab";
    for (const platform of ["linkedin", "bluesky"] as const) {
      expect(platformPreview(platform, text, []).link).toMatchObject({ domain: "nhs.uk", card: false, clickable: true });
    }
  });

  it("are not made for text without a link", () => {
    expect(platformPreview("x", "No link here, just www.nhs.uk written out", []).link).toBeNull();
  });
});
