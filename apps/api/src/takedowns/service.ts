import { PLATFORM_LABELS, type Platform } from "@gatehouse/policy";
import * as accountsRepo from "../accounts/repo.ts";
import { recordAudit } from "../audit/service.ts";
import type { Deps } from "../deps.ts";
import { AppError, notFound } from "../errors.ts";
import { newId } from "../ids.ts";
import { notify } from "../notifications/service.ts";
import { loadPost } from "../posts/service.ts";
import type { UserWithRoles } from "../users/repo.ts";
import * as repo from "./repo.ts";

export async function listTakedowns(deps: Deps, state: "open" | "done" | "cancelled" | undefined) {
  const rows = await repo.listTasks(deps.db, state ? { state } : {}, 500);
  return rows.map((t) => ({
    id: t.id,
    postId: t.post_id,
    postState: t.post_state,
    remoteUrl: t.remote_url,
    title: t.title,
    accountId: t.account_id,
    platform: t.platform as Platform,
    handle: t.handle,
    cause: t.cause,
    consentId: t.consent_id,
    reason: t.reason,
    state: t.state,
    requestedBy: t.creator_name,
    createdAt: t.created_at,
    doneAt: t.done_at,
    doneBy: t.doer_name,
    note: t.note,
  }));
}

/**
 * Someone asks for content about them to come down (a colleague: NWL §6.11, CDDFT §4.4.2):
 * the same task list as a withdrawn consent, for the account's comms team to act on.
 */
export async function requestTakedown(deps: Deps, actor: UserWithRoles, postId: string, reason: string) {
  const post = await loadPost(deps, postId);
  if (!["published", "publishing", "unknown"].includes(post.state)) throw new AppError("CONFLICT", "Only a published post can be taken down.");
  const id = newId(deps.clock.now().getTime());
  await deps.db.transaction().execute(async (tx) => {
    if (await repo.openTaskFor(tx, postId)) throw new AppError("CONFLICT", "A takedown is already waiting for this post.");
    await repo.insertTask(tx, { id, post_id: postId, cause: "removal_request", consent_id: null, reason: reason.trim(), state: "open", created_by: actor.id, created_at: deps.clock.now().toISOString(), done_at: null, done_by: null, note: null });
    await recordAudit(tx, deps.clock, { actorId: actor.id, action: "takedown.requested", entityType: "takedown_task", entityId: id, after: { postId, cause: "removal_request" }, reason: reason.trim() });
    await notify(
      tx,
      deps.clock,
      [post.scheduled_by, ...(await accountsRepo.granteeIds(tx, post.account_id))],
      "takedown_requested",
      `Someone asked for a post on ${PLATFORM_LABELS[post.platform as Platform]} ${post.handle} to be taken down: ${reason.trim()}`,
      "/takedowns",
    );
  });
  return { id };
}

/** Closes a task without a takedown: the post never went out, or was removed by hand on a platform whose API cannot delete. */
export async function closeTakedown(deps: Deps, actor: UserWithRoles, id: string, note: string) {
  const task = await repo.findTask(deps.db, id);
  if (!task) throw notFound("That takedown task");
  await deps.db.transaction().execute(async (tx) => {
    const closed = await repo.closeTask(tx, id, { state: "done", done_at: deps.clock.now().toISOString(), done_by: actor.id, note: note.trim() });
    if (!closed) throw new AppError("CONFLICT", "This takedown task is already closed.");
    await recordAudit(tx, deps.clock, { actorId: actor.id, action: "takedown.closed", entityType: "takedown_task", entityId: id, after: { postId: task.post_id }, reason: note.trim() });
  });
  return { id, state: "done" as const };
}
