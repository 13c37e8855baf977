import { isHexColour, type BrandKitLayout, type Corner } from "@gatehouse/policy";
import type { KitInput, KitView } from "./types.ts";

export interface ColourRow {
  /** stays with the row while names are edited, for React and for the row's field ids */
  key: number;
  name: string;
  hex: string;
}

/** The kit as the form holds it: numbers as typed, shares of the short side as percentages. */
export interface KitDraft {
  corner: Corner;
  margin: string;
  size: string;
  minWidth: string;
  colours: ColourRow[];
  strapOn: boolean;
  strapText: string;
  strapTextColour: string;
  strapBackground: string;
}

let nextKey = 1;
export const newColourRow = (name = "", hex = ""): ColourRow => ({ key: nextKey++, name, hex });

const percent = (share: number) => String(Math.round(share * 1000) / 10);

export function draftFrom(kit: Pick<KitView, "layout" | "colours">): KitDraft {
  const { layout } = kit;
  const colours = Object.entries(kit.colours);
  return {
    corner: layout.corner,
    margin: percent(layout.margin),
    size: percent(layout.size),
    minWidth: String(layout.minWidth),
    colours: colours.map(([name, hex]) => newColourRow(name, hex)),
    strapOn: layout.strap !== null,
    strapText: layout.strap?.text ?? "",
    // A new strap starts in NHS colours: white on NHS Blue passes WCAG AA.
    strapTextColour: layout.strap?.textColour ?? "#FFFFFF",
    strapBackground: layout.strap?.background ?? "#005EB8",
  };
}

const NUMBER = /^\s*\d+(\.\d+)?\s*$/;

/** A typed percentage as a share, to a tenth of a per cent; null when it is not a number. */
function shareOf(text: string): number | null {
  return NUMBER.test(text) ? Math.round(Number(text) * 10) / 1000 : null;
}

function wholeOf(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

export const colourNameId = (row: ColourRow) => `colour-name-${row.key}`;
export const colourHexId = (row: ColourRow) => `colour-hex-${row.key}`;

export type Parsed = { ok: true; input: KitInput } | { ok: false; fields: Record<string, string> };

/**
 * The draft as the API takes it. Only what the form itself must know is checked here (is it
 * a number, is each colour named once); the limits, the fit of the logo and the strap's
 * contrast are the API's to refuse, by packages/policy's rules, with its own words.
 */
export function parseDraft(draft: KitDraft): Parsed {
  const fields: Record<string, string> = {};
  const margin = shareOf(draft.margin);
  const size = shareOf(draft.size);
  const minWidth = wholeOf(draft.minWidth);
  if (margin === null) fields.margin = "Enter the margin as a number of per cent, such as 4.";
  if (size === null) fields.size = "Enter the logo size as a number of per cent, such as 18.";
  if (minWidth === null) fields.minWidth = "Enter the minimum width as a whole number of pixels, such as 48.";
  const colours: Record<string, string> = {};
  for (const row of draft.colours) {
    const name = row.name.trim();
    if (name === "" && row.hex.trim() === "") continue;
    if (name === "") fields[colourNameId(row)] = "Give the colour a name, such as NHS Blue.";
    else if (name in colours) fields[colourNameId(row)] = `There is already a colour called ${name}: give each colour its own name.`;
    else colours[name] = row.hex.trim();
  }
  if (Object.keys(fields).length > 0 || margin === null || size === null || minWidth === null) return { ok: false, fields };
  const strap = draft.strapOn ? { text: draft.strapText, textColour: draft.strapTextColour, background: draft.strapBackground } : null;
  return { ok: true, input: { layout: { corner: draft.corner, margin, size, minWidth, strap }, colours } };
}

/**
 * What the live preview draws: the draft where it makes sense, the saved kit where a number
 * is half typed, and grey for a strap colour that is not a colour yet.
 */
export function previewLayout(draft: KitDraft, saved: BrandKitLayout): BrandKitLayout {
  const colour = (hex: string, fallback: string) => (isHexColour(hex.trim()) ? hex.trim() : fallback);
  return {
    corner: draft.corner,
    margin: shareOf(draft.margin) ?? saved.margin,
    size: shareOf(draft.size) ?? saved.size,
    minWidth: wholeOf(draft.minWidth) ?? saved.minWidth,
    strap: draft.strapOn ? { text: draft.strapText, textColour: colour(draft.strapTextColour, "#FFFFFF"), background: colour(draft.strapBackground, "#425563") } : null,
  };
}
