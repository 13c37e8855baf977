import type { Role } from "@gatehouse/policy";
import { recordAudit } from "../audit/service.ts";
import { MIN_PASSWORD_LENGTH, hashPassword } from "../auth/password.ts";
import * as authRepo from "../auth/repo.ts";
import type { Executor, Tx } from "../db/database.ts";
import { isUniqueViolation } from "../db/dialect.ts";
import type { Deps } from "../deps.ts";
import { AppError, badField, conflict } from "../errors.ts";
import { newId } from "../ids.ts";
import * as repo from "./repo.ts";

/** The demo password is published in the spec, so a production system must never accept it. */
export const DEMO_PASSWORD = "gatehouse-demo";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface NewUser {
  email: string;
  name: string;
  roles: Role[];
  departmentName?: string | undefined;
  password: string;
}

export function checkPassword(deps: Deps, password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badField("password", `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  }
  if (deps.config.mode === "production" && password === DEMO_PASSWORD) {
    throw badField("password", "The demo password cannot be used in production. Choose another password.");
  }
}

export async function ensureDepartment(tx: Executor, deps: Deps, name: string): Promise<string> {
  const existing = await repo.findDepartmentByName(tx, name);
  if (existing) return existing.id;
  const id = newId(deps.clock.now().getTime());
  await repo.insertDepartment(tx, { id, name, created_at: deps.clock.now().toISOString() });
  return id;
}

export async function createUser(deps: Deps, actorId: string | null, input: NewUser): Promise<string> {
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw badField("email", "Enter an email address like name@example.nhs.uk.");
  if (input.name.trim() === "") throw badField("name", "Enter the person's full name.");
  if (input.roles.length === 0) throw badField("roles", "Give the user at least one role.");
  checkPassword(deps, input.password);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now().toISOString();
  const id = newId(deps.clock.now().getTime());
  try {
    await deps.db.transaction().execute(async (tx) => {
      const departmentId = input.departmentName ? await ensureDepartment(tx, deps, input.departmentName.trim()) : null;
      await repo.insertUser(
        tx,
        {
          id,
          email,
          name: input.name.trim(),
          password_hash: passwordHash,
          department_id: departmentId,
          status: "active",
          created_at: now,
          updated_at: now,
        },
        input.roles,
      );
      await recordAudit(tx, deps.clock, {
        actorId,
        action: "user.created",
        entityType: "user",
        entityId: id,
        after: { email, name: input.name.trim(), roles: input.roles, department: input.departmentName ?? null },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A user with the email ${email} already exists.`, "email");
    throw error;
  }
  return id;
}

/** Setting a new password signs the user out everywhere. */
export async function resetPassword(deps: Deps, actorId: string | null, email: string, password: string): Promise<void> {
  checkPassword(deps, password);
  const userId = await repo.findUserIdByEmail(deps.db, normaliseEmail(email));
  if (!userId) throw new AppError("NOT_FOUND", `No user has the email ${normaliseEmail(email)}.`);
  const hash = await hashPassword(password);
  await deps.db.transaction().execute(async (tx: Tx) => {
    await repo.updatePasswordHash(tx, userId, hash, deps.clock.now().toISOString());
    await authRepo.deleteSessionsOfUser(tx, userId);
    await recordAudit(tx, deps.clock, {
      actorId,
      action: "user.password_reset",
      entityType: "user",
      entityId: userId,
    });
  });
}

export async function listUsers(deps: Deps) {
  return repo.listUsers(deps.db);
}

export async function listDepartments(deps: Deps) {
  return repo.listDepartments(deps.db);
}
