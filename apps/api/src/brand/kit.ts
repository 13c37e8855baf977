import { NHS_PALETTE, type BrandKitLayout, type BrandStrap, type Corner } from "@gatehouse/policy";
import type { Executor } from "../db/database.ts";
import * as repo from "./repo.ts";

export const ORGANISATION_SCOPE = "organisation";

/** The kit with no logo yet: what a new organisation starts from. */
export const STARTER_LAYOUT: BrandKitLayout = { corner: "bottom-right", margin: 0.04, size: 0.18, minWidth: 48, strap: null };
export const STARTER_COLOURS: Record<string, string> = NHS_PALETTE;

export interface Kit {
  id: string;
  scope: string;
  version: number;
  layout: BrandKitLayout;
  logo: { key: string; name: string; width: number; height: number } | null;
  colours: Record<string, string>;
  createdAt: string;
}

export function kitOf(row: repo.KitRow): Kit {
  return {
    id: row.id,
    scope: row.scope,
    version: row.version,
    layout: { corner: row.corner as Corner, margin: row.margin, size: row.size, minWidth: row.min_width, strap: row.strap_json ? (JSON.parse(row.strap_json) as BrandStrap) : null },
    logo: row.logo_key ? { key: row.logo_key, name: row.logo_name ?? "logo.png", width: row.logo_width ?? 0, height: row.logo_height ?? 0 } : null,
    colours: JSON.parse(row.colours_json) as Record<string, string>,
    createdAt: row.created_at,
  };
}

/** The kit a post to this account wears: the account's own if it has one, else the organisation's. */
export async function kitFor(db: Executor, accountId: string | null): Promise<Kit | null> {
  const row = (accountId ? await repo.currentKit(db, accountId) : undefined) ?? (await repo.currentKit(db, ORGANISATION_SCOPE));
  return row ? kitOf(row) : null;
}

/** Does this kit change a picture at all? */
export const brands = (kit: Kit | null): kit is Kit => kit !== null && (kit.logo !== null || kit.layout.strap !== null);
