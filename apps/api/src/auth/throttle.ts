/**
 * Sign-in throttling: after MAX_FAILURES wrong passwords for one email within WINDOW_MS,
 * sign-in for that email is locked for LOCK_MS, even with the right password.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

export interface ThrottleState {
  failures: number;
  firstFailureAt: Date;
  lockedUntil: Date | null;
}

export function isLocked(state: ThrottleState | undefined, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil > now;
}

export function afterFailure(state: ThrottleState | undefined, now: Date): ThrottleState {
  const fresh = !state || now.getTime() - state.firstFailureAt.getTime() > WINDOW_MS || isExpiredLock(state, now);
  const failures = fresh ? 1 : state.failures + 1;
  const firstFailureAt = fresh ? now : state.firstFailureAt;
  return {
    failures,
    firstFailureAt,
    lockedUntil: failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS) : null,
  };
}

function isExpiredLock(state: ThrottleState, now: Date): boolean {
  return !!state.lockedUntil && state.lockedUntil <= now;
}

export function minutesLeft(state: ThrottleState, now: Date): number {
  return Math.max(1, Math.ceil(((state.lockedUntil?.getTime() ?? 0) - now.getTime()) / 60_000));
}
