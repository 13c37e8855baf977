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
