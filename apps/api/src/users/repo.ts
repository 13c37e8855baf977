import { isRole, type Role } from "@gatehouse/policy";
import type { Executor } from "../db/database.ts";
import type { UserTable } from "../db/schema.ts";

export interface UserWithRoles {
  id: string;
  email: string;
  name: string;
  status: "active" | "disabled";
  departmentId: string | null;
  departmentName: string | null;
  roles: Role[];
}

function baseQuery(db: Executor) {
  return db
    .selectFrom("app_user")
    .leftJoin("department", "department.id", "app_user.department_id")
    .select([
      "app_user.id",
      "app_user.email",
      "app_user.name",
      "app_user.status",
      "app_user.department_id as departmentId",
      "department.name as departmentName",
    ]);
}

async function withRoles<T extends { id: string }>(db: Executor, users: T[]): Promise<(T & { roles: Role[] })[]> {
  if (users.length === 0) return [];
  const rows = await db
    .selectFrom("user_role")
    .select(["user_id", "role"])
    .where(
      "user_id",
      "in",
      users.map((u) => u.id),
    )
    .orderBy("role")
    .execute();
  return users.map((u) => ({
    ...u,
    roles: rows.filter((r) => r.user_id === u.id && isRole(r.role)).map((r) => r.role as Role),
  }));
}

export async function findUserById(db: Executor, id: string): Promise<UserWithRoles | undefined> {
  const user = await baseQuery(db).where("app_user.id", "=", id).executeTakeFirst();
  return user ? (await withRoles(db, [user]))[0] : undefined;
}

export async function findCredentials(db: Executor, email: string) {
  return db
    .selectFrom("app_user")
    .select(["id", "password_hash", "status"])
    .where("email", "=", email)
    .executeTakeFirst();
}

export async function findUserIdByEmail(db: Executor, email: string): Promise<string | undefined> {
  const row = await db.selectFrom("app_user").select("id").where("email", "=", email).executeTakeFirst();
  return row?.id;
}

export async function listUsers(db: Executor): Promise<UserWithRoles[]> {
  return withRoles(db, await baseQuery(db).orderBy("app_user.name").execute());
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("app_user")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(db: Executor, user: UserTable, roles: readonly Role[]): Promise<void> {
  await db.insertInto("app_user").values(user).execute();
  await db
    .insertInto("user_role")
    .values(roles.map((role) => ({ user_id: user.id, role })))
    .execute();
}

export async function updatePasswordHash(db: Executor, id: string, hash: string, nowIso: string): Promise<void> {
  await db.updateTable("app_user").set({ password_hash: hash, updated_at: nowIso }).where("id", "=", id).execute();
}

export async function findDepartmentByName(db: Executor, name: string) {
  return db.selectFrom("department").select(["id", "name"]).where("name", "=", name).executeTakeFirst();
}

export async function insertDepartment(db: Executor, row: { id: string; name: string; created_at: string }): Promise<void> {
  await db.insertInto("department").values(row).execute();
}

export async function listDepartments(db: Executor) {
  return db.selectFrom("department").select(["id", "name"]).orderBy("name").execute();
}

/** Demo users carry the published password: production refuses to start while they exist. */
export async function countDemoUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("app_user")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("email", "like", "%@demo.gatehouse.test")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Active users holding a role: who to tell when something needs that role's attention. */
export async function userIdsWithRole(db: Executor, role: Role): Promise<string[]> {
  const rows = await db
    .selectFrom("user_role")
    .innerJoin("app_user", "app_user.id", "user_role.user_id")
    .select("app_user.id")
    .where("user_role.role", "=", role)
    .where("app_user.status", "=", "active")
    .execute();
  return rows.map((r) => r.id);
}
