import type { Executor } from "../db/database.ts";
import type { AccountRequestTable } from "../db/schema.ts";

function baseQuery(db: Executor) {
  return db
    .selectFrom("account_request as r")
    .innerJoin("app_user as u", "u.id", "r.requested_by")
    .leftJoin("department as d", "d.id", "r.department_id")
    .leftJoin("app_user as decider", "decider.id", "r.decided_by")
    .select([
      "r.id",
      "r.platform",
      "r.handle",
      "r.name",
      "r.purpose",
      "r.audience",
      "r.operators",
      "r.success_measure",
      "r.state",
      "r.requested_by",
      "u.name as requester_name",
      "d.name as department_name",
      "r.decided_by",
      "decider.name as decider_name",
      "r.decided_at",
      "r.decision_reason",
      "r.account_id",
      "r.created_at",
    ]);
}

export async function listRequests(db: Executor, onlyRequestedBy?: string) {
  let q = baseQuery(db);
  if (onlyRequestedBy) q = q.where("r.requested_by", "=", onlyRequestedBy);
  return q.orderBy("r.created_at", "desc").execute();
}

export async function findRequest(db: Executor, id: string) {
  return baseQuery(db).where("r.id", "=", id).executeTakeFirst();
}

export async function insertRequest(db: Executor, row: AccountRequestTable): Promise<void> {
  await db.insertInto("account_request").values(row).execute();
}

export async function recordDecision(
  db: Executor,
  id: string,
  decision: { state: string; decided_by: string; decided_at: string; decision_reason: string | null; account_id: string | null },
): Promise<void> {
  await db.updateTable("account_request").set(decision).where("id", "=", id).execute();
}
