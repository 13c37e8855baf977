import { PLATFORM_LABELS, type Platform } from "@gatehouse/policy";

const NAMES: Record<string, string> = {
  preview: "Preview (the whole picture)",
  thumbnail: "Library thumbnail",
  "instagram-square": "Instagram, square",
  "instagram-portrait": "Instagram, portrait",
};

/** "X", "Instagram, square": a size of picture as people know it. */
export function renditionLabel(rendition: { name: string; platform: Platform | null }): string {
  return NAMES[rendition.name] ?? (rendition.platform ? PLATFORM_LABELS[rendition.platform] : rendition.name);
}
