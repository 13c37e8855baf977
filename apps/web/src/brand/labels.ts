import type { BrandState } from "@gatehouse/policy";

/** Where a picture is in brand review, as the library, the queue and the picture's page say it. */
export const BRAND_STATE_LABELS: Record<BrandState, string> = {
  pending: "Waiting for brand review",
  approved: "Approved for the brand",
  rejected: "Changes asked for",
};

/** The brand checks, in the order a brand guardian reads them, named for people. */
export const BRAND_CHECKS: readonly { category: string; label: string }[] = [
  { category: "brand.classification", label: "Security label" },
  { category: "brand.tags", label: "Tags from the organisation's list" },
  { category: "brand.credit", label: "No credit to a person or company" },
  { category: "brand.alt_text", label: "Alt text" },
  { category: "brand.contrast", label: "Strap contrast" },
  { category: "brand.size", label: "Size for each platform" },
];
