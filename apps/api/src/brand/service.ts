import { brandFindings, kitProblems, RENDITIONS, type BrandKitLayout, type BrandState } from "@gatehouse/policy";
import * as accountsRepo from "../accounts/repo.ts";
import { mediaFacts } from "../assets/facts.ts";
import * as assetsRepo from "../assets/repo.ts";
import { assetSummary } from "../assets/view.ts";
import { recordAudit } from "../audit/service.ts";
import type { Tx } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import { AppError, notFound } from "../errors.ts";
import { newId } from "../ids.ts";
import { notify } from "../notifications/service.ts";
import { screeningSettings } from "../settings/service.ts";
import type { UserWithRoles } from "../users/repo.ts";
import { kitOf, ORGANISATION_SCOPE, STARTER_COLOURS, STARTER_LAYOUT, type Kit } from "./kit.ts";
import * as repo from "./repo.ts";

/** The smallest platform picture a logo must fit with its clear space. */
const SMALLEST_RENDITION = RENDITIONS.filter((r) => r.platform !== null).reduce((a, b) => (Math.min(a.width, a.height) <= Math.min(b.width, b.height) ? a : b));

async function scopeOf(deps: Deps, accountId: string | null | undefined): Promise<string> {
  if (!accountId) return ORGANISATION_SCOPE;
  if (!(await accountsRepo.findAccount(deps.db, accountId))) throw notFound("That account");
  return accountId;
}

export function kitView(kit: Kit) {
  return {
    id: kit.id,
    scope: kit.scope,
    version: kit.version,
    layout: kit.layout,
    colours: kit.colours,
    logo: kit.logo ? { name: kit.logo.name, width: kit.logo.width, height: kit.logo.height, url: `/api/brand/kits/${kit.id}/logo` } : null,
    createdAt: kit.createdAt,
  };
}

/** The kit for the organisation or one account, with its history; an account without its own shows the organisation's. */
export async function getKit(deps: Deps, accountId: string | null | undefined) {
  const scope = await scopeOf(deps, accountId);
  const own = await repo.currentKit(deps.db, scope);
  const organisation = own ?? (await repo.currentKit(deps.db, ORGANISATION_SCOPE));
  return {
    scope,
    ownKit: own !== undefined,
    kit: organisation ? kitView(kitOf(organisation)) : null,
    versions: (await repo.kitVersions(deps.db, scope)).map((v) => ({ id: v.id, version: v.version, logoName: v.logo_name, createdAt: v.created_at, createdBy: v.created_by_name })),
    accountsWithOwnKit: (await repo.kitScopes(deps.db)).filter((s) => s !== ORGANISATION_SCOPE),
  };
}

/** A new version of a kit: nothing of the old one changes, so a post can always say which it wore. */
async function newVersion(tx: Tx, deps: Deps, actor: UserWithRoles | null, scope: string, next: { layout: BrandKitLayout; colours: Record<string, string>; logo: Kit["logo"] }, reason: string) {
  const current = await repo.currentKit(tx, scope);
  const id = newId(deps.clock.now().getTime());
  const version = (current?.version ?? 0) + 1;
  await repo.insertKit(tx, {
    id,
    scope,
    version,
    logo_key: next.logo?.key ?? null,
    logo_name: next.logo?.name ?? null,
    logo_width: next.logo?.width ?? null,
    logo_height: next.logo?.height ?? null,
    corner: next.layout.corner,
    margin: next.layout.margin,
    size: next.layout.size,
    min_width: next.layout.minWidth,
    colours_json: JSON.stringify(next.colours),
    strap_json: next.layout.strap ? JSON.stringify(next.layout.strap) : null,
    created_by: actor?.id ?? null,
    created_at: deps.clock.now().toISOString(),
  });
  await recordAudit(tx, deps.clock, {
    actorId: actor?.id ?? null,
    action: "brand.kit_changed",
    entityType: "brand_kit",
    entityId: id,
    after: { scope, version, layout: next.layout, colours: next.colours, logo: next.logo ? { name: next.logo.name, sha256: next.logo.key } : null },
    reason,
  });
  return id;
}

function assertUsable(layout: BrandKitLayout, logo: Kit["logo"]): void {
  const problems = kitProblems(layout, logo, SMALLEST_RENDITION);
  if (Object.keys(problems).length) throw new AppError("BAD_REQUEST", Object.values(problems)[0]!, { fields: problems });
}

/** Placement, colours and strap; the logo stays as it is. */
export async function updateKit(deps: Deps, actor: UserWithRoles, input: { accountId?: string | null | undefined; layout: BrandKitLayout; colours: Record<string, string> }) {
  const scope = await scopeOf(deps, input.accountId);
  const id = await deps.db.transaction().execute(async (tx) => {
    const current = (await repo.currentKit(tx, scope)) ?? (await repo.currentKit(tx, ORGANISATION_SCOPE));
    const logo = current ? kitOf(current).logo : null;
    assertUsable(input.layout, logo);
    return newVersion(tx, deps, actor, scope, { layout: input.layout, colours: input.colours, logo }, "placement or colours changed");
  });
  return kitView(kitOf((await repo.findKit(deps.db, id))!));
}

/** A new logo, already checked and rasterised, becomes a new version of the kit. */
export async function setLogo(deps: Deps, actor: UserWithRoles, accountId: string | null, logo: { name: string; png: Buffer; width: number; height: number }) {
  const scope = await scopeOf(deps, accountId);
  const base = (await repo.currentKit(deps.db, scope)) ?? (await repo.currentKit(deps.db, ORGANISATION_SCOPE));
  const layout = base ? kitOf(base).layout : STARTER_LAYOUT;
  const next = { key: "", name: logo.name, width: logo.width, height: logo.height };
  assertUsable(layout, next);
  next.key = await deps.storage.put(logo.png);
  const id = await deps.db.transaction().execute((tx) => newVersion(tx, deps, actor, scope, { layout, colours: base ? kitOf(base).colours : STARTER_COLOURS, logo: next }, "new logo"));
  return kitView(kitOf((await repo.findKit(deps.db, id))!));
}

/** The demo organisation's kit: NHS colours and a placement, waiting for its logo. */
export async function seedKit(deps: Deps): Promise<void> {
  if (await repo.currentKit(deps.db, ORGANISATION_SCOPE)) return;
  await deps.db.transaction().execute((tx) => newVersion(tx, deps, null, ORGANISATION_SCOPE, { layout: STARTER_LAYOUT, colours: STARTER_COLOURS, logo: null }, "starter kit"));
}

/** Pictures waiting for a brand guardian, oldest first. */
export async function reviewQueue(deps: Deps) {
  const rows = await assetsRepo.listAssets(deps.db, { brandState: "pending" }, 500);
  const facts = await mediaFacts(deps.db, rows, await screeningSettings(deps.db));
  return rows
    .map((row) => {
      const findings = brandFindings(facts.get(row.id)!.brand);
      return { ...assetSummary(row), blocking: findings.filter((f) => f.severity === "block").length, warnings: findings.filter((f) => f.severity === "warn").length };
    })
    .reverse();
}

async function decide(deps: Deps, actor: UserWithRoles, id: string, to: BrandState, reason: string | null) {
  return deps.db.transaction().execute(async (tx) => {
    const row = await assetsRepo.findAsset(tx, id);
    if (!row) throw notFound("That picture");
    if (row.brand_state === to) throw new AppError("CONFLICT", `This picture is already ${to}.`);
    if (to === "approved") {
      const findings = brandFindings((await mediaFacts(tx, [row], await screeningSettings(tx))).get(id)!.brand).filter((f) => f.severity === "block");
      if (findings.length) throw new AppError("PRECONDITION_FAILED", `This picture cannot be approved yet: ${findings[0]!.message}`, { findings });
    }
    const now = deps.clock.now().toISOString();
    await assetsRepo.updateAsset(tx, id, { brand_state: to, brand_reviewed_by: actor.id, brand_reviewed_at: now, brand_reason: reason, updated_at: now });
    await recordAudit(tx, deps.clock, { actorId: actor.id, action: `asset.brand_${to}`, entityType: "asset", entityId: id, before: { brandState: row.brand_state }, after: { brandState: to }, reason });
    if (row.uploaded_by !== actor.id) {
      const text = to === "approved" ? `A brand guardian approved "${row.original_name}".` : `A brand guardian rejected "${row.original_name}": ${reason}`;
      await notify(tx, deps.clock, [row.uploaded_by], to === "approved" ? "brand_approved" : "brand_rejected", text, `/assets/${id}`);
    }
    return { id, brandState: to };
  });
}

export function approveAsset(deps: Deps, actor: UserWithRoles, id: string) {
  return decide(deps, actor, id, "approved", null);
}

export function rejectAsset(deps: Deps, actor: UserWithRoles, id: string, reason: string) {
  return decide(deps, actor, id, "rejected", reason.trim());
}
