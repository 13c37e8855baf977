import type { Executor } from "../db/database.ts";
import type { ScreeningOverrideTable, SubmissionCommentTable, SubmissionRevisionTable, SubmissionTable } from "../db/schema.ts";

const COLUMNS = [
  "s.id",
  "s.author_id",
  "s.department_id",
  "s.title",
  "s.objective",
  "s.audience",
  "s.key_messages",
  "s.measure",
  "s.text",
  "s.links_json",
  "s.desired_publish_at",
  "s.desired_publish_until",
  "s.state",
  "s.revision",
  "s.last_edited_by",
  "s.claimed_by",
  "s.decided_by",
  "s.decided_at",
  "s.submitted_at",
  "s.created_at",
  "s.updated_at",
] as const;

function baseQuery(db: Executor) {
  return db
    .selectFrom("submission as s")
    .innerJoin("app_user as author", "author.id", "s.author_id")
    .leftJoin("department as d", "d.id", "s.department_id")
    .leftJoin("app_user as claimer", "claimer.id", "s.claimed_by")
    .leftJoin("app_user as decider", "decider.id", "s.decided_by")
    .select([...COLUMNS, "author.name as author_name", "d.name as department_name", "claimer.name as claimer_name", "decider.name as decider_name"]);
}
export type SubmissionRow = NonNullable<Awaited<ReturnType<typeof findSubmission>>>;

export async function findSubmission(db: Executor, id: string) {
  return baseQuery(db).where("s.id", "=", id).executeTakeFirst();
}

export interface ListFilter {
  authorId?: string;
  states?: string[];
  departmentId?: string;
  accountId?: string;
}

export async function listSubmissions(db: Executor, filter: ListFilter) {
  let q = baseQuery(db);
  if (filter.authorId) q = q.where("s.author_id", "=", filter.authorId);
  if (filter.states?.length) q = q.where("s.state", "in", filter.states);
  if (filter.departmentId) q = q.where("s.department_id", "=", filter.departmentId);
  if (filter.accountId) {
    const accountId = filter.accountId;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom("submission_target as t").select("t.account_id").whereRef("t.submission_id", "=", "s.id").where("t.account_id", "=", accountId)),
    );
  }
  // Soonest wanted first; undated last, oldest submitted first among those.
  return q
    .orderBy((eb) => eb.case().when("s.desired_publish_at", "is", null).then(1).else(0).end())
    .orderBy("s.desired_publish_at")
    .orderBy("s.submitted_at")
    .orderBy("s.created_at")
    .execute();
}

export async function insertSubmission(db: Executor, row: SubmissionTable): Promise<void> {
  await db.insertInto("submission").values(row).execute();
}

export async function updateSubmission(db: Executor, id: string, changes: Partial<Omit<SubmissionTable, "id">>): Promise<void> {
  await db.updateTable("submission").set(changes).where("id", "=", id).execute();
}

export async function targetsOf(db: Executor, submissionIds: string[]) {
  if (submissionIds.length === 0) return [];
  return db
    .selectFrom("submission_target as t")
    .innerJoin("account as a", "a.id", "t.account_id")
    .select(["t.submission_id", "t.account_id", "t.text", "t.edited_by", "t.edited_at", "a.platform", "a.handle", "a.name", "a.status"])
    .where("t.submission_id", "in", submissionIds)
    .orderBy("a.platform")
    .execute();
}

/** Replaces the target list, keeping a reviewer's edited copy for accounts that stay. */
export async function setTargets(db: Executor, submissionId: string, accountIds: string[]): Promise<void> {
  const current = await db.selectFrom("submission_target").select("account_id").where("submission_id", "=", submissionId).execute();
  const keep = new Set(accountIds);
  const gone = current.map((r) => r.account_id).filter((id) => !keep.has(id));
  if (gone.length) await db.deleteFrom("submission_target").where("submission_id", "=", submissionId).where("account_id", "in", gone).execute();
  const have = new Set(current.map((r) => r.account_id));
  const added = accountIds.filter((id) => !have.has(id));
  if (added.length) {
    await db
      .insertInto("submission_target")
      .values(added.map((account_id) => ({ submission_id: submissionId, account_id, text: null, edited_by: null, edited_at: null })))
      .execute();
  }
}

export async function setTargetText(db: Executor, submissionId: string, accountId: string, text: string | null, by: string, at: string): Promise<void> {
  await db
    .updateTable("submission_target")
    .set({ text, edited_by: by, edited_at: at })
    .where("submission_id", "=", submissionId)
    .where("account_id", "=", accountId)
    .execute();
}

export async function insertRevision(db: Executor, row: SubmissionRevisionTable): Promise<void> {
  await db.insertInto("submission_revision").values(row).execute();
}

export async function revisionsOf(db: Executor, submissionId: string) {
  return db
    .selectFrom("submission_revision as r")
    .innerJoin("app_user as u", "u.id", "r.created_by")
    .select(["r.number", "r.snapshot_json", "r.reason", "r.created_by", "u.name as created_by_name", "r.created_at"])
    .where("r.submission_id", "=", submissionId)
    .orderBy("r.number")
    .execute();
}

export async function insertComment(db: Executor, row: SubmissionCommentTable): Promise<void> {
  await db.insertInto("submission_comment").values(row).execute();
}

export async function commentsOf(db: Executor, submissionId: string) {
  return db
    .selectFrom("submission_comment as c")
    .innerJoin("app_user as u", "u.id", "c.author_id")
    .select(["c.id", "c.kind", "c.body", "c.author_id", "u.name as author_name", "c.created_at"])
    .where("c.submission_id", "=", submissionId)
    .orderBy("c.created_at")
    .orderBy("c.id")
    .execute();
}

export async function insertOverride(db: Executor, row: ScreeningOverrideTable): Promise<void> {
  await db.insertInto("screening_override").values(row).execute();
}

export async function overridesOf(db: Executor, submissionId: string) {
  return db
    .selectFrom("screening_override")
    .select(["platform", "rule", "matched_text", "reason", "created_by", "created_at"])
    .where("submission_id", "=", submissionId)
    .execute();
}

export async function existingAccountIds(db: Executor, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("account").select("id").where("id", "in", ids).execute();
  return rows.map((r) => r.id);
}
