import type { Clock } from "../clock.ts";
import type { Executor } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import { newId } from "../ids.ts";
import * as repo from "./repo.ts";

export type NotificationKind = "submission_state" | "post_published" | "post_failed" | "post_blocked" | "post_late" | "post_unknown" | "consent_ended" | "consent_expiring" | "takedown_requested" | "brand_approved" | "brand_rejected" | "account_disconnected";

/** In-app notices: a badge and a list. Written in the caller's transaction, so they exist only if the change does. */
export async function notify(db: Executor, clock: Clock, userIds: readonly string[], kind: NotificationKind, text: string, link: string): Promise<void> {
  const at = clock.now().toISOString();
  await repo.insertNotifications(
    db,
    [...new Set(userIds)].map((user_id) => ({ id: newId(clock.now().getTime()), user_id, kind, text, link, created_at: at, read_at: null })),
  );
}

export async function listNotifications(deps: Deps, userId: string) {
  const [items, unread] = await Promise.all([repo.listFor(deps.db, userId, 50), repo.unreadCount(deps.db, userId)]);
  return {
    unread,
    items: items.map((n) => ({ id: n.id, kind: n.kind, text: n.text, link: n.link, createdAt: n.created_at, read: n.read_at !== null })),
  };
}

export async function markNotificationsRead(deps: Deps, userId: string, ids: string[] | "all"): Promise<void> {
  await repo.markRead(deps.db, userId, ids, deps.clock.now().toISOString());
}
