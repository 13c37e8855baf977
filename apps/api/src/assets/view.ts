import {
  can,
  consentFindings,
  consentStatusAt,
  PLATFORMS,
  brandPlatformFindings,
  type BrandState,
  type Classification,
  type PeopleDeclaration,
  type Platform,
} from "@gatehouse/policy";
import type { Executor } from "../db/database.ts";
import * as consentRepo from "../consent/repo.ts";
import { screeningSettings } from "../settings/service.ts";
import type { UserWithRoles } from "../users/repo.ts";
import { assetFindings, consentFactsOf, mediaFacts } from "./facts.ts";
import type { FaceBox } from "../media/analysis/analyser.ts";
import type { MetadataFacts } from "../media/metadata-facts.ts";
import * as repo from "./repo.ts";
import { renditionUrl } from "./renditions.ts";

/** A picture as the API shows it. Subject names appear only to those who keep the consent register. */
export async function assetView(db: Executor, viewer: UserWithRoles, row: repo.AssetRow, now: Date) {
  const settings = await screeningSettings(db);
  const [media, renditions, links, flags, usedIn] = await Promise.all([
    mediaFacts(db, [row], settings),
    repo.renditionsOf(db, [row.id]),
    consentRepo.consentsOfAssets(db, [row.id]),
    repo.openFlagsOf(db, [row.id]),
    repo.submissionsUsing(db, [row.id]),
  ]);
  const facts = media.get(row.id)!;
  const { asset } = facts;
  const seesNames = can(viewer.roles, "consent.view");
  return {
    id: row.id,
    state: row.state,
    name: row.original_name,
    type: row.original_type,
    bytes: row.original_bytes,
    width: row.width,
    height: row.height,
    faces: row.faces_json ? (JSON.parse(row.faces_json) as FaceBox[]) : [],
    /** null when face detection could not run on this picture */
    faceCount: row.face_count,
    people: row.people as PeopleDeclaration | null,
    peopleNote: row.people_note,
    brandState: row.brand_state as BrandState,
    classification: row.classification as Classification | null,
    caption: row.caption,
    altText: row.alt_text,
    tags: JSON.parse(row.tags_json) as string[],
    focalPoint: { x: row.focal_x, y: row.focal_y },
    metadata: JSON.parse(row.meta_json) as MetadataFacts,
    textFound: row.ocr_text,
    findings: assetFindings(facts),
    /** for each platform: may the picture go there now, and if not, why (consent, size, bytes, alt text) */
    platforms: PLATFORMS.map((platform) => ({ platform, findings: [...consentFindings(asset, platform, now), ...brandPlatformFindings(facts.brand, platform)] })),
    brandReview: {
      state: row.brand_state as BrandState,
      reason: row.brand_reason,
      by: row.brand_reviewed_by ? { id: row.brand_reviewed_by, name: row.reviewer_name ?? "" } : null,
      at: row.brand_reviewed_at,
    },
    consents: links.map((l) => ({
      id: l.id,
      subjectName: seesNames ? l.subject_name : null,
      subjectKind: l.subject_kind,
      faceIndex: l.face_index,
      status: consentStatusAt(consentFactsOf(l), now),
      platforms: consentFactsOf(l).platforms,
      expiresAt: l.expires_at,
    })),
    nearCopyFlags: flags.map((f) => ({ id: f.id, sourceAssetId: f.source_asset_id, distance: f.distance, createdAt: f.created_at })),
    usedIn: usedIn.map((u) => ({ id: u.id, title: u.title, state: u.state })),
    renditions: renditions
      .sort((a, b) => RENDITION_ORDER.indexOf(a.name) - RENDITION_ORDER.indexOf(b.name))
      .map((r) => ({ name: r.name, platform: r.platform as Platform | null, width: r.width, height: r.height, bytes: r.bytes, url: renditionUrl(row.id, r.name) })),
    uploadedBy: { id: row.uploaded_by, name: row.uploader_name },
    department: row.department_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const RENDITION_ORDER = ["preview", "thumbnail", "x", "instagram-square", "instagram-portrait", "facebook", "linkedin", "mastodon", "bluesky"];

/** A row of the library: enough to choose a picture. */
export function assetSummary(row: repo.AssetRow) {
  return {
    id: row.id,
    name: row.original_name,
    width: row.width,
    height: row.height,
    faceCount: row.face_count,
    people: row.people as PeopleDeclaration | null,
    brandState: row.brand_state as BrandState,
    classification: row.classification as Classification | null,
    caption: row.caption,
    tags: JSON.parse(row.tags_json) as string[],
    thumbnailUrl: renditionUrl(row.id, "thumbnail"),
    uploadedBy: { id: row.uploaded_by, name: row.uploader_name },
    department: row.department_name,
    createdAt: row.created_at,
  };
}
