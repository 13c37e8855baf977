import { can } from "./permissions.ts";
import type { Role } from "./roles.ts";
import type { Decision } from "./workflow.ts";

/** Brand review states of an asset (issue: the brand gate); an edit sends an approved asset back to review. */
export const BRAND_STATES = ["pending", "approved", "rejected"] as const;
export type BrandState = (typeof BRAND_STATES)[number];

export const CLASSIFICATIONS = ["OFFICIAL", "OFFICIAL-SENSITIVE"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export type AssetAction = "view" | "declarePeople" | "edit";

export interface AssetFacts {
  uploadedBy: string;
  brandState: BrandState;
}

export interface AssetActor {
  id: string;
  roles: readonly Role[];
}

const deny = (reason: string, clause?: string[]): Decision => ({ ok: false, kind: "forbidden", reason, ...(clause ? { clause } : {}) });

/**
 * Who may do what to a picture. The uploader sees and describes their own; the communications
 * team, brand guardians and information governance see the whole library. The uploader edits
 * only while it awaits brand review; comms and brand guardians at any time (CO23 §3.5.4).
 */
export function decideAssetAction(action: AssetAction, asset: AssetFacts, actor: AssetActor): Decision {
  const own = asset.uploadedBy === actor.id;
  if (!own && !can(actor.roles, "assets.viewAll")) return deny("You can only see pictures you uploaded.");
  if (action === "view") return { ok: true };
  if (action === "declarePeople") {
    return own || can(actor.roles, "submissions.review") || can(actor.roles, "consent.manage")
      ? { ok: true }
      : deny("Only the uploader, the communications team or information governance can say who is in a picture.", ["CO23 §3.5.2", "ICBP038 §3.6"]);
  }
  if (can(actor.roles, "assets.edit")) return { ok: true };
  if (own) return asset.brandState === "approved" ? { ok: false, kind: "conflict", reason: "The brand guardian has approved this picture: ask the communications team to change it." } : { ok: true };
  return deny("Only the uploader, the communications team or a brand guardian can change a picture's details.", ["CO23 §3.5.4", "ICBP038 §3.6"]);
}
