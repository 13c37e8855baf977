import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "../audit/service.ts";
import type { Deps } from "../deps.ts";
import { AppError } from "../errors.ts";
import * as usersRepo from "../users/repo.ts";
import type { UserWithRoles } from "../users/repo.ts";
import { normaliseEmail } from "../users/service.ts";
import { spendVerifyTime, verifyPassword } from "./password.ts";
import * as repo from "./repo.ts";
import { afterFailure, isLocked, minutesLeft, type ThrottleState } from "./throttle.ts";

export const WRONG_CREDENTIALS = "The email address or password is not right. Check them and try again.";

function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function toState(row: { failures: number; first_failure_at: string; locked_until: string | null } | undefined): ThrottleState | undefined {
  return row
    ? {
        failures: row.failures,
        firstFailureAt: new Date(row.first_failure_at),
        lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
      }
    : undefined;
}

export interface LoginResult {
  user: UserWithRoles;
  token: string;
  expiresAt: Date;
}

export async function login(deps: Deps, emailInput: string, password: string): Promise<LoginResult> {
  const email = normaliseEmail(emailInput);
  const key = `email:${email}`;
  const now = deps.clock.now();
  const throttle = toState(await repo.findThrottle(deps.db, key));
  if (isLocked(throttle, now)) {
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `Too many failed sign-in attempts for this email address. Try again in ${minutesLeft(throttle!, now)} minutes, or ask an administrator to reset your password.`,
    );
  }

  const credentials = await usersRepo.findCredentials(deps.db, email);
  const ok = credentials
    ? (await verifyPassword(password, credentials.password_hash)) && credentials.status === "active"
    : (await spendVerifyTime(password), false);

  if (!ok || !credentials) {
    const next = afterFailure(throttle, now);
    await repo.saveThrottle(deps.db, {
      key,
      failures: next.failures,
      first_failure_at: next.firstFailureAt.toISOString(),
      locked_until: next.lockedUntil?.toISOString() ?? null,
    });
    deps.log.warn({ event: "login_failed", knownUser: !!credentials, failures: next.failures }, "sign-in refused");
    throw new AppError("UNAUTHORIZED", WRONG_CREDENTIALS);
  }

  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlMs);
  await deps.db.transaction().execute(async (tx) => {
    await repo.clearThrottle(tx, key);
    await repo.deleteExpiredSessions(tx, now.toISOString());
    await repo.insertSession(tx, {
      id: sessionIdOf(token),
      user_id: credentials.id,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    });
    await recordAudit(tx, deps.clock, { actorId: credentials.id, action: "user.signed_in", entityType: "user", entityId: credentials.id });
  });
  const user = await usersRepo.findUserById(deps.db, credentials.id);
  if (!user) throw new AppError("UNAUTHORIZED", WRONG_CREDENTIALS);
  return { user, token, expiresAt };
}

/** The signed-in user behind a cookie token, or null when the session is unknown, expired or the user disabled. */
export async function userForSession(deps: Deps, token: string | undefined): Promise<{ user: UserWithRoles; sessionId: string } | null> {
  if (!token) return null;
  const sessionId = sessionIdOf(token);
  const session = await repo.findSession(deps.db, sessionId);
  if (!session) return null;
  if (session.expires_at <= deps.clock.now().toISOString()) {
    await repo.deleteSession(deps.db, sessionId);
    return null;
  }
  const user = await usersRepo.findUserById(deps.db, session.user_id);
  if (!user || user.status !== "active") return null;
  return { user, sessionId };
}

export async function logout(deps: Deps, sessionId: string, userId: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    await repo.deleteSession(tx, sessionId);
    await recordAudit(tx, deps.clock, { actorId: userId, action: "user.signed_out", entityType: "user", entityId: userId });
  });
}
