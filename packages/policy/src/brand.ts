import type { BrandState, Classification } from "./assets.ts";
import type { MediaFinding } from "./consent.ts";
import type { Box } from "./media.ts";
import { PLATFORM_LABELS, type Platform } from "./platforms.ts";
import { screen } from "./screening/run.ts";
import { DEFAULT_SETTINGS } from "./screening/types.ts";

/**
 * Official content is branded appropriately, labelled and tagged under the organisation's
 * information labelling and classification procedure, and never credited to an individual or
 * production company (CO23 §3.5.4, ICBP038 §3.6, CO22 §3.5); the logo is the organisation's
 * alone (NWL §6.12). Brand guardians check every picture. This file decides whether one is fit.
 */
export const BRAND_CLAUSES = ["CO23 §3.5.4", "ICBP038 §3.6", "CO22 §3.5"];
const LOGO_CLAUSES = ["NWL §6.12", "ICBP038 §3.2.7"];
const ACCESSIBLE_CLAUSES = ["ICBP038 §3.2.1"];

/** What each platform takes (shared/spec/platforms.md): bytes, alt text, the narrowest useful picture. */
export interface PlatformMediaLimits {
  maxBytes: number;
  maxAltText: number;
  minWidth: number;
  /** width / height */
  aspect: { min: number; max: number };
}

export const PLATFORM_MEDIA_LIMITS: Record<Platform, PlatformMediaLimits> = {
  x: { maxBytes: 5_000_000, maxAltText: 1000, minWidth: 600, aspect: { min: 0.5, max: 3 } },
  facebook: { maxBytes: 4_000_000, maxAltText: 1000, minWidth: 600, aspect: { min: 0.5, max: 3 } },
  instagram: { maxBytes: 8_000_000, maxAltText: 1000, minWidth: 320, aspect: { min: 0.8, max: 1.91 } },
  linkedin: { maxBytes: 10_000_000, maxAltText: 4086, minWidth: 552, aspect: { min: 0.5, max: 3 } },
  mastodon: { maxBytes: 16_000_000, maxAltText: 1500, minWidth: 400, aspect: { min: 0.3, max: 3.5 } },
  // 2,000,000 since April 2026, but older servers still hold to 1,000,000.
  bluesky: { maxBytes: 1_000_000, maxAltText: 2000, minWidth: 400, aspect: { min: 0.3, max: 3.5 } },
};

export const CORNERS = ["top-left", "top-right", "bottom-left", "bottom-right"] as const;
export type Corner = (typeof CORNERS)[number];

export const CORNER_LABELS: Record<Corner, string> = {
  "top-left": "Top left",
  "top-right": "Top right",
  "bottom-left": "Bottom left",
  "bottom-right": "Bottom right",
};

/** NHS Blue and the rest of the NHS identity palette. */
export const NHS_PALETTE = { "NHS Blue": "#005EB8", "NHS Dark Blue": "#003087", "NHS White": "#FFFFFF", "NHS Black": "#231F20", "NHS Dark Grey": "#425563", "NHS Warm Yellow": "#FFB81C" };

export interface BrandStrap {
  text: string;
  /** hex colours */
  textColour: string;
  background: string;
}

/** The kit's rules for placing the logo; the logo's own size comes with the file. */
export interface BrandKitLayout {
  corner: Corner;
  /** clear space around the logo, as a share of the picture's short side */
  margin: number;
  /** the logo's width, as a share of the picture's short side */
  size: number;
  /** the logo is never drawn narrower than this, in pixels */
  minWidth: number;
  strap: BrandStrap | null;
}

export const KIT_LIMITS = { margin: { min: 0, max: 0.15 }, size: { min: 0.05, max: 0.4 }, minWidth: { min: 16, max: 600 } } as const;

/** The strap is a band across the bottom: a tenth of the short side, never under 32 pixels. */
export function strapHeight(picture: { width: number; height: number }): number {
  return Math.max(32, Math.round(Math.min(picture.width, picture.height) * 0.1));
}

/**
 * Where the logo goes on a picture of this size: its width a share of the short side (never
 * wider than the logo file itself, never narrower than the minimum), clear of the edges by the
 * margin, in the kit's corner, above the strap. Null when it cannot fit with its clear space.
 */
export function logoBox(picture: { width: number; height: number }, layout: BrandKitLayout, logo: { width: number; height: number }): Box | null {
  const short = Math.min(picture.width, picture.height);
  const width = Math.round(Math.min(logo.width, Math.max(layout.minWidth, short * layout.size)));
  const height = Math.max(1, Math.round((width * logo.height) / logo.width));
  const margin = Math.round(short * layout.margin);
  const strap = layout.strap ? strapHeight(picture) : 0;
  const left = layout.corner.endsWith("left") ? margin : picture.width - margin - width;
  const top = layout.corner.startsWith("top") ? margin : picture.height - strap - margin - height;
  if (left < 0 || top < 0 || left + width > picture.width || top + height > picture.height - strap) return null;
  return { left, top, width, height };
}

/** Why a kit cannot be used, in words for the person editing it; empty when it is fine. */
export function kitProblems(layout: BrandKitLayout, logo: { width: number; height: number } | null, smallestPicture: { width: number; height: number }): Record<string, string> {
  const problems: Record<string, string> = {};
  const within = (value: number, { min, max }: { min: number; max: number }) => value >= min && value <= max;
  if (!within(layout.margin, KIT_LIMITS.margin)) problems.margin = `Choose a margin from 0% to ${KIT_LIMITS.margin.max * 100}% of the short side.`;
  if (!within(layout.size, KIT_LIMITS.size)) problems.size = `Choose a logo size from ${KIT_LIMITS.size.min * 100}% to ${KIT_LIMITS.size.max * 100}% of the short side.`;
  if (!within(layout.minWidth, KIT_LIMITS.minWidth)) problems.minWidth = `Choose a minimum logo width from ${KIT_LIMITS.minWidth.min} to ${KIT_LIMITS.minWidth.max} pixels.`;
  if (logo && logo.width < layout.minWidth) problems.logo = `The logo file is ${logo.width} pixels wide: at least ${layout.minWidth} are needed so it is never enlarged. Upload a larger logo or lower the minimum width.`;
  if (logo && Object.keys(problems).length === 0 && !logoBox(smallestPicture, layout, logo)) {
    problems.size = `The logo and its clear space are larger than a ${smallestPicture.width} x ${smallestPicture.height} picture: make the logo or the margin smaller.`;
  }
  if (layout.strap) {
    if (!layout.strap.text.trim()) problems.strapText = "Write the strap's text, or remove the strap.";
    const ratio = contrastRatio(layout.strap.textColour, layout.strap.background);
    if (ratio < WCAG_AA_TEXT) problems.strapColours = `The strap's text and background have a contrast of ${ratio.toFixed(1)}:1; WCAG AA needs ${WCAG_AA_TEXT}:1. Choose colours further apart.`;
  }
  return problems;
}

/** WCAG 2 contrast for normal text, level AA. */
export const WCAG_AA_TEXT = 4.5;

function luminance(hex: string): number {
  const value = hex.replace("#", "");
  const full = value.length === 3 ? [...value].map((c) => c + c).join("") : value;
  const channel = (i: number) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG 2 contrast ratio of two hex colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export const isHexColour = (value: string) => /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value);

/** What the brand checks need to know about a picture. */
export interface BrandFacts {
  name: string;
  brandState: BrandState;
  classification: Classification | null;
  tags: readonly string[];
  caption: string;
  altText: string;
  /** what the original's metadata said, before it was stripped */
  metadataCredit: { artist: string | null; copyright: string | null };
  /** the organisation's own name: a credit to it is not a credit to an individual */
  organisationName: string;
  /** the organisation's tags (its information labelling taxonomy) */
  taxonomy: readonly string[];
  /** the platform renditions as they would go out */
  renditions: readonly { platform: Platform | null; width: number; height: number; bytes: number }[];
  /** the kit's strap colours, when the kit has a strap */
  strap: BrandStrap | null;
}

function finding(category: string, rule: string, message: string, clause: string[], severity: MediaFinding["severity"] = "block"): MediaFinding {
  return { category, rule, severity, start: 0, end: 0, message, clause };
}

const USELESS_ALT = /^(image|picture|photo|photograph|pic|img|graphic|logo|screenshot|untitled|dsc|img_?\d*)$/i;

/** Is this alt text something a screen reader user could use? */
function altTextProblem(alt: string, fileName: string): string | null {
  const text = alt.trim();
  if (!text) return "Add alt text: describe what the picture shows for people who cannot see it.";
  const base = fileName.replace(/\.[a-z0-9]+$/i, "");
  if (USELESS_ALT.test(text) || text.toLowerCase() === fileName.toLowerCase() || text.toLowerCase() === base.toLowerCase()) {
    return `"${text}" does not describe the picture. Say what it shows, for example "Two nurses smiling outside the new clinic".`;
  }
  if (text.split(/\s+/).length < 3) return `"${text}" is too short to describe the picture: say what it shows in a short sentence.`;
  return null;
}

function normalised(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, " ");
}

/** The checks that hold wherever the picture goes: label, tags, credits, alt text, strap. */
export function brandFindings(f: BrandFacts): MediaFinding[] {
  const out: MediaFinding[] = [];
  const q = `"${f.name}"`;
  if (f.classification === null) {
    out.push(finding("brand.classification", "brand.classification.missing", `Label ${q} with its classification: only OFFICIAL pictures are published.`, BRAND_CLAUSES));
  } else if (f.classification !== "OFFICIAL") {
    out.push(finding("brand.classification", "brand.classification.sensitive", `${q} is labelled ${f.classification}: it can never be published on social media.`, [...BRAND_CLAUSES, "CO23 §3.5.3"]));
  }
  const taxonomy = new Set(f.taxonomy.map(normalised));
  if (!f.tags.some((t) => taxonomy.has(normalised(t)))) {
    out.push(
      finding(
        "brand.tags",
        "brand.tags.none-from-taxonomy",
        f.taxonomy.length ? `Tag ${q} with at least one of the organisation's tags: ${f.taxonomy.slice(0, 8).join(", ")}${f.taxonomy.length > 8 ? " and others" : ""}.` : `Tag ${q}: an administrator has not set the organisation's tags yet.`,
        BRAND_CLAUSES,
      ),
    );
  }
  for (const credit of screen(f.caption, "facebook", DEFAULT_SETTINGS).filter((s) => s.category === "credit.individual")) {
    out.push(finding("brand.credit", "brand.credit.caption", `The caption credits "${f.caption.slice(credit.start, credit.end)}": official content is never credited to an individual or production company. Remove the credit from the caption.`, BRAND_CLAUSES));
  }
  const own = normalised(f.organisationName);
  for (const [field, value] of [["photographer", f.metadataCredit.artist], ["copyright holder", f.metadataCredit.copyright]] as const) {
    if (!value || (own && normalised(value).includes(own))) continue;
    out.push(
      finding(
        "brand.credit",
        `brand.credit.metadata-${field === "photographer" ? "artist" : "copyright"}`,
        `The original file names "${value}" as its ${field}. The name has been removed from every size of the picture; check the organisation may use it without a credit before it is approved.`,
        BRAND_CLAUSES,
        "warn",
      ),
    );
  }
  const alt = altTextProblem(f.altText, f.name);
  if (alt) out.push(finding("brand.alt_text", "brand.alt-text.missing", alt, ACCESSIBLE_CLAUSES));
  if (f.strap) {
    const ratio = contrastRatio(f.strap.textColour, f.strap.background);
    if (ratio < WCAG_AA_TEXT) {
      out.push(finding("brand.contrast", "brand.contrast.strap", `The brand strap's text is hard to read: its contrast is ${ratio.toFixed(1)}:1 and WCAG AA needs ${WCAG_AA_TEXT}:1. A brand guardian must change the kit's colours.`, ACCESSIBLE_CLAUSES));
    }
  }
  return out;
}

/** The checks that depend on where it goes: the platform's size, shape, bytes and alt text limits. */
export function brandPlatformFindings(f: BrandFacts, platform: Platform): MediaFinding[] {
  const limits = PLATFORM_MEDIA_LIMITS[platform];
  const where = PLATFORM_LABELS[platform];
  const q = `"${f.name}"`;
  const out: MediaFinding[] = [];
  const rendition = f.renditions.find((r) => r.platform === platform);
  if (!rendition) return [finding("brand.size", "brand.size.no-rendition", `${q} has no version made for ${where}.`, BRAND_CLAUSES)];
  if (rendition.width < limits.minWidth) {
    out.push(finding("brand.size", "brand.size.too-small", `${q} is too small for ${where}: ${rendition.width} pixels wide, at least ${limits.minWidth} are needed and it is never enlarged. Use a larger original.`, BRAND_CLAUSES));
  }
  const aspect = rendition.width / rendition.height;
  if (aspect < limits.aspect.min || aspect > limits.aspect.max) {
    out.push(finding("brand.size", "brand.size.aspect", `${q} has a shape ${where} does not take (${rendition.width} x ${rendition.height}).`, BRAND_CLAUSES));
  }
  if (rendition.bytes > limits.maxBytes) {
    out.push(finding("brand.size", "brand.size.bytes", `${q} is ${(rendition.bytes / 1_000_000).toFixed(1)} MB for ${where}, which takes at most ${(limits.maxBytes / 1_000_000).toFixed(1)} MB.`, BRAND_CLAUSES));
  }
  if (f.altText.length > limits.maxAltText) {
    out.push(finding("brand.alt_text", "brand.alt-text.too-long", `The alt text is ${f.altText.length.toLocaleString("en-GB")} characters; ${where} takes at most ${limits.maxAltText.toLocaleString("en-GB")}.`, ACCESSIBLE_CLAUSES));
  }
  return out;
}

/** Until a brand guardian approves the picture, it says so. */
export function brandReviewFindings(f: Pick<BrandFacts, "name" | "brandState">): MediaFinding[] {
  if (f.brandState === "approved") return [];
  return [
    finding(
      "brand.review",
      f.brandState === "rejected" ? "brand.review.rejected" : "brand.review.pending",
      f.brandState === "rejected" ? `A brand guardian rejected "${f.name}": change what they asked and it goes back for review.` : `"${f.name}" is waiting for a brand guardian to approve it.`,
      [...BRAND_CLAUSES, ...LOGO_CLAUSES],
    ),
  ];
}

/** Only a picture a brand guardian approved, labelled OFFICIAL and fit for the platform, is published. */
export function brandGateFindings(f: BrandFacts, platform: Platform): MediaFinding[] {
  return [...brandReviewFindings(f), ...[...brandFindings(f), ...brandPlatformFindings(f, platform)].filter((x) => x.severity === "block")];
}
