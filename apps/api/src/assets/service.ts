import { can, decideAssetAction, type AssetAction, type BrandState, type Classification, type FocalPoint, type PeopleDeclaration } from "@gatehouse/policy";
import { recordAudit } from "../audit/service.ts";
import type { Executor } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import { AppError, badField, notFound } from "../errors.ts";
import { renditionsFromMaster } from "../media/process-image.ts";
import { screeningSettings } from "../settings/service.ts";
import type { UserWithRoles } from "../users/repo.ts";
import { assetFindings, mediaFacts } from "./facts.ts";
import * as repo from "./repo.ts";
import { storeRenditions } from "./renditions.ts";
import { assetSummary, assetView } from "./view.ts";

/** Loads an asset and asks packages/policy whether this person may do this to it; a picture they may not see is "not found". */
export async function loadAssetFor(db: Executor, actor: UserWithRoles, id: string, action: AssetAction): Promise<repo.AssetRow> {
  const row = await repo.findAsset(db, id);
  if (!row) throw notFound("That picture");
  const decision = decideAssetAction(action, { uploadedBy: row.uploaded_by, brandState: row.brand_state as BrandState }, actor);
  if (!decision.ok) {
    if (decideAssetAction("view", { uploadedBy: row.uploaded_by, brandState: row.brand_state as BrandState }, actor).ok === false) throw notFound("That picture");
    throw new AppError(decision.kind === "forbidden" ? "FORBIDDEN" : "CONFLICT", `${decision.reason}${decision.clause ? ` (${decision.clause.join(", ")})` : ""}`);
  }
  return row;
}

export async function getAsset(deps: Deps, actor: UserWithRoles, id: string) {
  return assetView(deps.db, actor, await loadAssetFor(deps.db, actor, id, "view"), deps.clock.now());
}

export async function listAssets(deps: Deps, actor: UserWithRoles, filter: Omit<repo.AssetFilter, "uploadedBy"> & { mine?: boolean | undefined }) {
  const { mine, ...rest } = filter;
  const own = mine || !can(actor.roles, "assets.viewAll");
  const rows = await repo.listAssets(deps.db, { ...rest, ...(own ? { uploadedBy: actor.id } : {}) }, 200);
  return rows.map(assetSummary);
}

async function findingsOf(db: Executor, id: string) {
  const row = (await repo.findAsset(db, id))!;
  return assetFindings((await mediaFacts(db, [row], await screeningSettings(db))).get(id)!);
}

/** The uploader (or comms, or IG) says who is in the picture; faces found but "none" declared stays a blocking finding. */
export async function declarePeople(deps: Deps, actor: UserWithRoles, input: { id: string; people: PeopleDeclaration; note?: string | undefined }) {
  const note = input.note?.trim() || null;
  if (input.people === "public_incidental" && !note) {
    throw badField("note", "Say where the picture was taken and why the people in it appear only briefly and incidentally.");
  }
  await deps.db.transaction().execute(async (tx) => {
    const row = await loadAssetFor(tx, actor, input.id, "declarePeople");
    const now = deps.clock.now().toISOString();
    await repo.updateAsset(tx, input.id, { people: input.people, people_note: note, people_declared_by: actor.id, people_declared_at: now, updated_at: now });
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "asset.people_declared",
      entityType: "asset",
      entityId: input.id,
      before: { people: row.people },
      after: { people: input.people, facesFound: row.face_count },
    });
  });
  return { id: input.id, findings: await findingsOf(deps.db, input.id) };
}

export interface AssetChanges {
  caption?: string | undefined;
  altText?: string | undefined;
  classification?: Classification | null | undefined;
  tags?: string[] | undefined;
  focalPoint?: FocalPoint | undefined;
}

/** Details and crop; a new focal point makes every rendition again. An approved picture that changes goes back to brand review. */
export async function updateAsset(deps: Deps, actor: UserWithRoles, id: string, changes: AssetChanges) {
  const row = await loadAssetFor(deps.db, actor, id, "edit");
  const focalMoved = changes.focalPoint && (changes.focalPoint.x !== row.focal_x || changes.focalPoint.y !== row.focal_y);
  let renditions = null;
  if (focalMoved) {
    const master = await deps.storage.get(row.master_key);
    if (!master) throw new AppError("CONFLICT", "The stored picture is missing, so its crops cannot be made again. Upload it again.");
    renditions = await storeRenditions(deps, id, await renditionsFromMaster(master, changes.focalPoint!));
  }
  await deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now().toISOString();
    const wanted = {
      ...(changes.caption !== undefined ? { caption: changes.caption.trim() } : {}),
      ...(changes.altText !== undefined ? { alt_text: changes.altText.trim() } : {}),
      ...(changes.classification !== undefined ? { classification: changes.classification } : {}),
      ...(changes.tags !== undefined ? { tags_json: JSON.stringify([...new Set(changes.tags.map((t) => t.trim()).filter(Boolean))]) } : {}),
      ...(focalMoved ? { focal_x: changes.focalPoint!.x, focal_y: changes.focalPoint!.y } : {}),
    };
    // Only what really differs counts: saving a form unchanged must not undo a guardian's decision.
    const columns = Object.fromEntries(Object.entries(wanted).filter(([key, value]) => row[key as keyof typeof row] !== value)) as Partial<typeof wanted>;
    // A changed picture is a new one to the brand guardian: approved or rejected, it is looked at again.
    const backToReview = row.brand_state !== "pending" && Object.keys(columns).length > 0;
    await repo.updateAsset(tx, id, { ...columns, ...(backToReview ? { brand_state: "pending", brand_reviewed_by: null, brand_reviewed_at: null } : {}), updated_at: now });
    if (renditions) await repo.replaceRenditions(tx, id, renditions);
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "asset.updated",
      entityType: "asset",
      entityId: id,
      before: { caption: row.caption, altText: row.alt_text, classification: row.classification, tags: JSON.parse(row.tags_json) as string[], focalPoint: { x: row.focal_x, y: row.focal_y }, brandState: row.brand_state },
      after: { ...changes, ...(backToReview ? { brandState: "pending" } : {}) },
    });
  });
  return { id, findings: await findingsOf(deps.db, id) };
}

/** Information governance decides a picture flagged as a near copy of a withdrawn one is a different picture. */
export async function clearNearCopyFlag(deps: Deps, actor: UserWithRoles, id: string, reason: string) {
  await deps.db.transaction().execute(async (tx) => {
    await loadAssetFor(tx, actor, id, "view");
    const cleared = await repo.clearFlags(tx, id, { cleared_at: deps.clock.now().toISOString(), cleared_by: actor.id, cleared_reason: reason.trim() });
    if (cleared === 0) throw new AppError("CONFLICT", "This picture is not flagged as a copy.");
    await recordAudit(tx, deps.clock, { actorId: actor.id, action: "asset.near_copy_cleared", entityType: "asset", entityId: id, reason: reason.trim() });
  });
  return { id, findings: await findingsOf(deps.db, id) };
}
