import {
  ACCOUNT_REQUEST_CLAUSES,
  can,
  canDecideAccountRequest,
  type AccountRequestState,
  type Platform,
} from "@gatehouse/policy";
import { assertHandleFree, duplicateHandle, insertAccountAudited } from "../accounts/service.ts";
import { recordAudit } from "../audit/service.ts";
import type { Tx } from "../db/database.ts";
import { isUniqueViolation } from "../db/dialect.ts";
import type { Deps } from "../deps.ts";
import { AppError, notFound } from "../errors.ts";
import { newId } from "../ids.ts";
import type { UserWithRoles } from "../users/repo.ts";
import * as repo from "./repo.ts";

export interface BusinessCase {
  platform: Platform;
  handle: string;
  name: string;
  purpose: string;
  audience: string;
  operators: string;
  measure: string;
}

type Row = NonNullable<Awaited<ReturnType<typeof repo.findRequest>>>;

function view(row: Row) {
  return {
    id: row.id,
    platform: row.platform as Platform,
    handle: row.handle,
    name: row.name,
    purpose: row.purpose,
    audience: row.audience,
    operators: row.operators,
    measure: row.success_measure,
    state: row.state as AccountRequestState,
    requestedBy: { id: row.requested_by, name: row.requester_name },
    department: row.department_name,
    decidedBy: row.decided_by ? { id: row.decided_by, name: row.decider_name ?? "" } : null,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
    accountId: row.account_id,
    createdAt: row.created_at,
  };
}
export type AccountRequestView = ReturnType<typeof view>;

export async function fileRequest(deps: Deps, actor: UserWithRoles, input: BusinessCase): Promise<string> {
  await assertHandleFree(deps, input);
  const id = newId(deps.clock.now().getTime());
  const row = {
    id,
    requested_by: actor.id,
    department_id: actor.departmentId,
    platform: input.platform,
    handle: input.handle.trim(),
    name: input.name.trim(),
    purpose: input.purpose.trim(),
    audience: input.audience.trim(),
    operators: input.operators.trim(),
    success_measure: input.measure.trim(),
    state: "pending" satisfies AccountRequestState,
    decided_by: null,
    decided_at: null,
    decision_reason: null,
    account_id: null,
    created_at: deps.clock.now().toISOString(),
  };
  await deps.db.transaction().execute(async (tx) => {
    await repo.insertRequest(tx, row);
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "account_request.filed",
      entityType: "account_request",
      entityId: id,
      after: { platform: row.platform, handle: row.handle, name: row.name },
    });
  });
  return id;
}

function canSeeAll(viewer: UserWithRoles): boolean {
  return can(viewer.roles, "accountRequests.viewAll");
}

export async function listRequests(deps: Deps, viewer: UserWithRoles) {
  const rows = await repo.listRequests(deps.db, canSeeAll(viewer) ? undefined : viewer.id);
  return rows.map(view);
}

export async function getRequest(deps: Deps, viewer: UserWithRoles, id: string) {
  const row = await repo.findRequest(deps.db, id);
  // Someone else's request is as good as absent to a department user.
  if (!row || (!canSeeAll(viewer) && row.requested_by !== viewer.id)) throw notFound("That account request");
  return view(row);
}

async function pendingRequest(tx: Tx, id: string): Promise<Row> {
  const row = await repo.findRequest(tx, id);
  if (!row) throw notFound("That account request");
  if (!canDecideAccountRequest(row.state as AccountRequestState)) {
    throw new AppError("CONFLICT", `This request was already ${row.state}; a decision cannot be changed.`);
  }
  return row;
}

/** Approving registers the account the department asked for, in the same transaction. */
export async function approveRequest(deps: Deps, actor: UserWithRoles, id: string, note?: string): Promise<string> {
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const row = await pendingRequest(tx, id);
      const reason = note?.trim() || null;
      const accountId = await insertAccountAudited(
        tx,
        deps,
        actor.id,
        { platform: row.platform as Platform, handle: row.handle, name: row.name },
        `Approved account request ${id}`,
      );
      await repo.recordDecision(tx, id, {
        state: "approved",
        decided_by: actor.id,
        decided_at: deps.clock.now().toISOString(),
        decision_reason: reason,
        account_id: accountId,
      });
      await recordAudit(tx, deps.clock, {
        actorId: actor.id,
        action: "account_request.approved",
        entityType: "account_request",
        entityId: id,
        before: { state: row.state },
        after: { state: "approved", accountId },
        reason,
      });
      return accountId;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const row = await repo.findRequest(deps.db, id);
      throw duplicateHandle({ platform: (row?.platform ?? "x") as Platform, handle: row?.handle ?? "", name: "" });
    }
    throw error;
  }
}

export async function declineRequest(deps: Deps, actor: UserWithRoles, id: string, reason: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const row = await pendingRequest(tx, id);
    await repo.recordDecision(tx, id, {
      state: "declined",
      decided_by: actor.id,
      decided_at: deps.clock.now().toISOString(),
      decision_reason: reason.trim(),
      account_id: null,
    });
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "account_request.declined",
      entityType: "account_request",
      entityId: id,
      before: { state: row.state },
      after: { state: "declined" },
      reason: `${reason.trim()} (${ACCOUNT_REQUEST_CLAUSES.join(", ")})`,
    });
  });
}
