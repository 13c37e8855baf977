import type { Platform } from "@gatehouse/policy";

/**
 * Each account's colour on the calendar: one of eight from the NHS palette, each at least
 * 3:1 against white (WCAG 1.4.11) for the chip's edge and swatch, with a pale tint behind dark
 * text. Colour is never the only cue: every chip also names its platform and time.
 */
export const PALETTE_SIZE = 8;

/**
 * Stable across visits: accounts in the order they were created (their ids sort by time), so a
 * new account takes the next colour and no existing account's colour changes.
 */
export function accountColours(accounts: readonly { id: string }[]): Map<string, number> {
  const ids = accounts.map((account) => account.id).sort();
  return new Map(ids.map((id, index) => [id, index % PALETTE_SIZE]));
}

/** Platform names short enough for a month cell; the full name is there for screen readers. */
export const PLATFORM_SHORT: Record<Platform, string> = {
  x: "X",
  facebook: "FB",
  instagram: "IG",
  linkedin: "LI",
  mastodon: "Masto",
  bluesky: "Bsky",
};
