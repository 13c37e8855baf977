import { imageTextFindings, isPlatform, type AssetPeopleFacts, type ConsentFacts, type ConsentSubjectKind, type Finding, type PeopleDeclaration, type ScreeningSettings } from "@gatehouse/policy";
import * as consentRepo from "../consent/repo.ts";
import type { Executor } from "../db/database.ts";
import * as repo from "./repo.ts";

export interface AssetMedia {
  asset: AssetPeopleFacts;
  textFindings: Finding[];
}

type ConsentLink = Awaited<ReturnType<typeof consentRepo.consentsOfAssets>>[number];

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

/** Everything packages/policy needs to judge these pictures, read in three queries. */
export async function mediaFacts(db: Executor, rows: readonly repo.AssetRow[], settings: ScreeningSettings): Promise<Map<string, AssetMedia>> {
  const ids = rows.map((r) => r.id);
  const [links, flags] = await Promise.all([consentRepo.consentsOfAssets(db, ids), repo.openFlagsOf(db, ids)]);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        asset: peopleFactsOf(row, links, flags.some((f) => f.asset_id === row.id)),
        textFindings: imageTextFindings(row.original_name, row.ocr_text ?? "", settings),
      },
    ]),
  );
}

/** The pictures a submission carries, in order, judged. */
export async function submissionMedia(db: Executor, submissionId: string, settings: ScreeningSettings): Promise<AssetMedia[]> {
  const links = await repo.assetIdsOfSubmissions(db, [submissionId]);
  const rows = await repo.findAssets(db, links.map((l) => l.asset_id));
  const facts = await mediaFacts(db, rows, settings);
  return links.map((l) => facts.get(l.asset_id)).filter((m): m is AssetMedia => m !== undefined);
}
