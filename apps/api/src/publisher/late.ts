import { LATE_AFTER_MS, toLondon } from "@gatehouse/policy";
import type { Executor } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import { notify } from "../notifications/service.ts";
import * as notificationsRepo from "../notifications/repo.ts";

/** Posts that should be out by now and are not: due more than two minutes ago and still not settled. */
export async function latePosts(db: Executor, now: Date) {
  return db
    .selectFrom("post as p")
    .innerJoin("account as a", "a.id", "p.account_id")
    .innerJoin("submission as s", "s.id", "p.submission_id")
    .select(["p.id", "p.account_id", "a.handle", "a.platform", "s.title", "p.publish_at", "p.state", "p.scheduled_by", "p.last_error", "p.attempt_count"])
    .where("p.state", "in", ["scheduled", "publishing", "unknown"])
    .where("p.publish_at", "<", new Date(now.getTime() - LATE_AFTER_MS).toISOString())
    .orderBy("p.publish_at")
    .limit(500)
    .execute();
}

/** Tells whoever scheduled a late post, once. */
export async function notifyLatePosts(deps: Deps): Promise<void> {
  for (const post of await latePosts(deps.db, deps.clock.now())) {
    const link = `/posts/${post.id}`;
    if (await notificationsRepo.hasNotification(deps.db, post.scheduled_by, "post_late", link)) continue;
    const due = toLondon(new Date(post.publish_at));
    await notify(deps.db, deps.clock, [post.scheduled_by], "post_late", `Your post to ${post.handle} is late: it was due at ${due.time} on ${due.date} (UK time) and has not gone out yet.`, link);
  }
}
