import type { Executor } from "../db/database.ts";
import type { AuditEventTable } from "../db/schema.ts";

const COLUMNS = [
  "seq",
  "id",
  "at",
  "actor_id",
  "action",
  "entity_type",
  "entity_id",
  "before_json",
  "after_json",
  "reason",
  "prev_hash",
  "hash",
] as const;

export async function lastEvent(db: Executor) {
  return db.selectFrom("audit_event").select(["seq", "hash"]).orderBy("seq", "desc").limit(1).executeTakeFirst();
}

export async function insertEvent(db: Executor, event: AuditEventTable): Promise<void> {
  await db.insertInto("audit_event").values(event).execute();
}

export async function eventsInOrder(db: Executor, afterSeq: number, limit: number) {
  return db.selectFrom("audit_event").select(COLUMNS).where("seq", ">", afterSeq).orderBy("seq").limit(limit).execute();
}

export async function eventsFor(db: Executor, entityType: string, entityId: string) {
  return db
    .selectFrom("audit_event")
    .select(COLUMNS)
    .where("entity_type", "=", entityType)
    .where("entity_id", "=", entityId)
    .orderBy("seq")
    .execute();
}

export interface AuditFilter {
  from?: string | undefined;
  to?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  /** events before this sequence number, for paging backwards */
  beforeSeq?: number | undefined;
}

/** Newest first, with the actor's name. */
export async function searchEvents(db: Executor, f: AuditFilter, limit: number) {
  let q = db
    .selectFrom("audit_event as e")
    .leftJoin("app_user as u", "u.id", "e.actor_id")
    .select(["e.seq", "e.id", "e.at", "e.actor_id", "u.name as actor_name", "e.action", "e.entity_type", "e.entity_id", "e.before_json", "e.after_json", "e.reason", "e.hash"]);
  if (f.from) q = q.where("e.at", ">=", f.from);
  if (f.to) q = q.where("e.at", "<", f.to);
  if (f.actorId) q = q.where("e.actor_id", "=", f.actorId);
  if (f.action) q = q.where("e.action", "like", `${f.action}%`);
  if (f.entityType) q = q.where("e.entity_type", "=", f.entityType);
  if (f.entityId) q = q.where("e.entity_id", "=", f.entityId);
  if (f.beforeSeq) q = q.where("e.seq", "<", f.beforeSeq);
  return q.orderBy("e.seq", "desc").limit(limit).execute();
}
