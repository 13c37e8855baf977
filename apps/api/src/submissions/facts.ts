import {
  can,
  decideSubmissionAction,
  type AccountStatus,
  type Platform,
  type SubmissionAction,
  type SubmissionFacts,
  type SubmissionState,
} from "@gatehouse/policy";
import * as accountsRepo from "../accounts/repo.ts";
import * as assetsRepo from "../assets/repo.ts";
import type { Executor } from "../db/database.ts";
import { AppError, notFound } from "../errors.ts";
import type { UserWithRoles } from "../users/repo.ts";
import * as repo from "./repo.ts";

export type Target = Awaited<ReturnType<typeof repo.targetsOf>>[number];

export interface Loaded {
  row: repo.SubmissionRow;
  targets: Target[];
  /** the pictures attached, in order */
  assetIds: string[];
}

/** Authors see their own submissions; the communications team sees all. Anyone else: not found. */
export function canSee(viewer: UserWithRoles, row: { author_id: string }): boolean {
  return row.author_id === viewer.id || can(viewer.roles, "submissions.review");
}

export async function load(db: Executor, viewer: UserWithRoles, id: string): Promise<Loaded> {
  const row = await repo.findSubmission(db, id);
  if (!row || !canSee(viewer, row)) throw notFound("That submission");
  const [targets, assets] = await Promise.all([repo.targetsOf(db, [id]), assetsRepo.assetIdsOfSubmissions(db, [id])]);
  return { row, targets, assetIds: assets.map((a) => a.asset_id) };
}

export function factsOf({ row, targets }: Loaded): SubmissionFacts {
  return {
    state: row.state as SubmissionState,
    authorId: row.author_id,
    lastEditedBy: row.last_edited_by,
    targets: targets.map((t) => ({ accountId: t.account_id, status: t.status as AccountStatus })),
  };
}

/** Loads a submission and asks packages/policy whether this person may do this now; refuses with its reason. */
export async function loadFor(db: Executor, actor: UserWithRoles, id: string, action: SubmissionAction): Promise<Loaded> {
  const loaded = await load(db, actor, id);
  const decision = decideSubmissionAction(action, factsOf(loaded), {
    id: actor.id,
    roles: actor.roles,
    grantedAccountIds: await accountsRepo.grantedAccountIds(db, actor.id),
  });
  if (!decision.ok) {
    const clause = decision.clause ? ` (${decision.clause.join(", ")})` : "";
    throw new AppError(decision.kind === "forbidden" ? "FORBIDDEN" : "CONFLICT", `${decision.reason}${clause}`);
  }
  return loaded;
}

export function copyFor(row: repo.SubmissionRow, target: Target): string {
  return target.text ?? row.text;
}

export function targetCopies(loaded: Loaded) {
  return loaded.targets.map((t) => ({ accountId: t.account_id, platform: t.platform as Platform, text: copyFor(loaded.row, t) }));
}
