import {
  brandFindings,
  imageTextFindings,
  peopleFindings,
  type MediaFinding,
  isPlatform,
  type AssetPeopleFacts,
  type BrandFacts,
  type BrandState,
  type Classification,
  type ConsentFacts,
  type ConsentSubjectKind,
  type Finding,
  type PeopleDeclaration,
  type Platform,
  type ScreeningSettings,
} from "@gatehouse/policy";
import { kitFor } from "../brand/kit.ts";
import { brandSettings, type BrandSettings } from "../brand/settings.ts";
import * as consentRepo from "../consent/repo.ts";
import type { Executor } from "../db/database.ts";
import type { MetadataFacts } from "../media/metadata-facts.ts";
import * as repo from "./repo.ts";

export interface AssetMedia {
  asset: AssetPeopleFacts;
  textFindings: Finding[];
  brand: BrandFacts;
}

type ConsentLink = Awaited<ReturnType<typeof consentRepo.consentsOfAssets>>[number];
type RenditionRow = Awaited<ReturnType<typeof repo.renditionsOf>>[number];

export function consentFactsOf(row: { id: string; subject_kind: string; platforms_json: string; given_at: string; expires_at: string | null; withdrawn_at: string | null }): ConsentFacts {
  return {
    id: row.id,
    subjectKind: row.subject_kind as ConsentSubjectKind,
    platforms: (JSON.parse(row.platforms_json) as string[]).filter(isPlatform),
    givenAt: row.given_at,
    expiresAt: row.expires_at,
    withdrawnAt: row.withdrawn_at,
  };
}

export function peopleFactsOf(row: repo.AssetRow, links: readonly ConsentLink[], flagged: boolean): AssetPeopleFacts {
  return {
    name: row.original_name,
    people: row.people as PeopleDeclaration | null,
    peopleNote: row.people_note,
    faceCount: row.face_count,
    consents: links.filter((l) => l.asset_id === row.id).map(consentFactsOf),
    nearCopyOfWithdrawn: flagged,
  };
}

export function brandFactsOf(row: repo.AssetRow, renditions: readonly RenditionRow[], settings: BrandSettings, strap: BrandFacts["strap"]): BrandFacts {
  const metadata = JSON.parse(row.meta_json) as MetadataFacts;
  return {
    name: row.original_name,
    brandState: row.brand_state as BrandState,
    classification: row.classification as Classification | null,
    tags: JSON.parse(row.tags_json) as string[],
    caption: row.caption,
    altText: row.alt_text,
    metadataCredit: { artist: metadata.artist, copyright: metadata.copyright },
    organisationName: settings.organisationName,
    taxonomy: settings.taxonomy,
    renditions: renditions.filter((r) => r.asset_id === row.id).map((r) => ({ platform: r.platform as Platform | null, width: r.width, height: r.height, bytes: r.bytes })),
    strap,
  };
}

/** Everything packages/policy needs to judge these pictures, read in a handful of queries. */
export async function mediaFacts(db: Executor, rows: readonly repo.AssetRow[], settings: ScreeningSettings): Promise<Map<string, AssetMedia>> {
  // Most posts carry no picture: they cost the publisher nothing here.
  if (rows.length === 0) return new Map();
  const ids = rows.map((r) => r.id);
  const [links, flags, renditions, brand, kit] = await Promise.all([
    consentRepo.consentsOfAssets(db, ids),
    repo.openFlagsOf(db, ids),
    repo.renditionsOf(db, ids),
    brandSettings(db),
    kitFor(db, null),
  ]);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        asset: peopleFactsOf(row, links, flags.some((f) => f.asset_id === row.id)),
        textFindings: imageTextFindings(row.original_name, row.ocr_text ?? "", settings),
        brand: brandFactsOf(row, renditions, brand, kit?.layout.strap ?? null),
      },
    ]),
  );
}

/** What is wrong with a picture wherever it goes: who is in it, the text in it, its brand checks. */
export function assetFindings({ asset, textFindings, brand }: AssetMedia): (MediaFinding | Finding)[] {
  return [...peopleFindings(asset), ...textFindings, ...brandFindings(brand)];
}

/** The pictures a submission carries, in order, judged. */
export async function submissionMedia(db: Executor, submissionId: string, settings: ScreeningSettings): Promise<AssetMedia[]> {
  const links = await repo.assetIdsOfSubmissions(db, [submissionId]);
  if (links.length === 0) return [];
  const rows = await repo.findAssets(db, links.map((l) => l.asset_id));
  const facts = await mediaFacts(db, rows, settings);
  return links.map((l) => facts.get(l.asset_id)).filter((m): m is AssetMedia => m !== undefined);
}
