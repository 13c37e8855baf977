import { canHoldPublishGrant, canPublishTo, PLATFORM_LABELS, type AccountStatus, type Platform } from "@gatehouse/policy";
import { recordAudit } from "../audit/service.ts";
import { connectionSummary } from "../connections/summary.ts";
import type { Tx } from "../db/database.ts";
import { isUniqueViolation } from "../db/dialect.ts";
import type { Deps } from "../deps.ts";
import { AppError, badField, conflict, notFound } from "../errors.ts";
import { newId } from "../ids.ts";
import * as usersRepo from "../users/repo.ts";
import type { UserWithRoles } from "../users/repo.ts";
import * as repo from "./repo.ts";

export interface NewAccount {
  platform: Platform;
  handle: string;
  name: string;
}

/** Inside a caller's transaction, so an approved request and its account land together. */
export async function insertAccountAudited(tx: Tx, deps: Deps, actorId: string | null, input: NewAccount, reason?: string): Promise<string> {
  const now = deps.clock.now().toISOString();
  const id = newId(deps.clock.now().getTime());
  const row = {
    id,
    platform: input.platform,
    handle: input.handle.trim(),
    handle_key: repo.handleKey(input.handle),
    name: input.name.trim(),
    status: "active" as AccountStatus,
    connector: "sandbox",
    created_by: actorId,
    created_at: now,
    updated_at: now,
  };
  await repo.insertAccount(tx, row);
  await recordAudit(tx, deps.clock, {
    actorId,
    action: "account.registered",
    entityType: "account",
    entityId: id,
    after: { platform: row.platform, handle: row.handle, name: row.name, status: row.status, connector: row.connector },
    reason: reason ?? null,
  });
  return id;
}

export function duplicateHandle(input: NewAccount) {
  return conflict(`An official ${PLATFORM_LABELS[input.platform]} account with the handle ${input.handle.trim()} is already registered.`, "handle");
}

/** Refuse early what approval would refuse later: a handle already registered on that platform. */
export async function assertHandleFree(deps: Deps, input: NewAccount): Promise<void> {
  if (await repo.findAccountByHandle(deps.db, input.platform, repo.handleKey(input.handle))) throw duplicateHandle(input);
}

export async function registerAccount(deps: Deps, actor: UserWithRoles, input: NewAccount): Promise<string> {
  try {
    return await deps.db.transaction().execute((tx) => insertAccountAudited(tx, deps, actor.id, input));
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateHandle(input);
    throw error;
  }
}

export async function listAccountsFor(deps: Deps, viewer: UserWithRoles) {
  const [accounts, granted, counts] = await Promise.all([
    repo.listAccounts(deps.db),
    repo.grantedAccountIds(deps.db, viewer.id),
    repo.grantCounts(deps.db),
  ]);
  return accounts.map((a) => ({
    id: a.id,
    platform: a.platform as Platform,
    handle: a.handle,
    name: a.name,
    status: a.status as AccountStatus,
    connector: a.connector,
    connection: connectionSummary(deps.config, a, deps.clock.now()),
    grantCount: Number(counts.find((c) => c.account_id === a.id)?.n ?? 0),
    /** the viewer holds a publish grant on it (whether or not it is active now) */
    granted: granted.includes(a.id),
    canPublish: canPublishTo({ roles: viewer.roles, grantedAccountIds: granted }, { id: a.id, status: a.status as AccountStatus }),
  }));
}

export async function getAccount(deps: Deps, viewer: UserWithRoles, id: string) {
  const account = await repo.findAccount(deps.db, id);
  if (!account) throw notFound("That account");
  const [grants, granted] = await Promise.all([repo.grantsOfAccount(deps.db, id), repo.grantedAccountIds(deps.db, viewer.id)]);
  return {
    id: account.id,
    platform: account.platform as Platform,
    handle: account.handle,
    name: account.name,
    status: account.status as AccountStatus,
    connector: account.connector,
    connection: connectionSummary(deps.config, account, deps.clock.now()),
    createdAt: account.created_at,
    grants,
    canPublish: canPublishTo({ roles: viewer.roles, grantedAccountIds: granted }, { id, status: account.status as AccountStatus }),
  };
}

export async function updateAccount(
  deps: Deps,
  actor: UserWithRoles,
  input: { id: string; name?: string | undefined; status?: AccountStatus | undefined },
): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const before = await repo.findAccount(tx, input.id);
    if (!before) throw notFound("That account");
    const changes = {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
    };
    await repo.updateAccount(tx, input.id, { ...changes, updated_at: deps.clock.now().toISOString() });
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "account.updated",
      entityType: "account",
      entityId: input.id,
      before: { name: before.name, status: before.status },
      after: { name: changes.name ?? before.name, status: changes.status ?? before.status },
    });
  });
}

export async function grantPublishing(deps: Deps, actor: UserWithRoles, accountId: string, userId: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    if (!(await repo.findAccount(tx, accountId))) throw notFound("That account");
    const user = await usersRepo.findUserById(tx, userId);
    if (!user) throw badField("userId", "Choose a user to grant publishing rights to.");
    if (!canHoldPublishGrant(user.roles)) {
      throw badField(
        "userId",
        `${user.name} is not a communications officer. Only communications officers can publish to official accounts (NWL §3, §4).`,
      );
    }
    if (await repo.findGrant(tx, accountId, userId)) return;
    await repo.insertGrant(tx, { account_id: accountId, user_id: userId, granted_by: actor.id, granted_at: deps.clock.now().toISOString() });
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "account.grant_added",
      entityType: "account",
      entityId: accountId,
      after: { userId },
    });
  });
}

export async function revokePublishing(deps: Deps, actor: UserWithRoles, accountId: string, userId: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    if (!(await repo.findGrant(tx, accountId, userId))) throw new AppError("NOT_FOUND", "That person does not hold a grant on this account.");
    await repo.deleteGrant(tx, accountId, userId);
    await recordAudit(tx, deps.clock, {
      actorId: actor.id,
      action: "account.grant_removed",
      entityType: "account",
      entityId: accountId,
      before: { userId },
    });
  });
}
