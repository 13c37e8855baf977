import { randomBytes } from "node:crypto";
import type { Deps } from "../deps.ts";
import { sweepConsents } from "../consent/expiry.ts";
import { notifyLatePosts } from "./late.ts";
import { publishClaimed } from "./publish-one.ts";
import * as repo from "./repo.ts";

const CONSENT_SWEEP_MS = 3600_000;

export interface Worker {
  id: string;
  stop(): Promise<void>;
  /** resolves when no due post is left (tests and benchmarks) */
  drain(): Promise<void>;
}

/**
 * The publisher: claims due posts one at a time and publishes them. Runs inside the server
 * by default, or alone with `gatehouse worker`; several can run against one database.
 */
export function startWorker(deps: Deps, name = `worker-${process.pid}-${randomBytes(3).toString("hex")}`): Worker {
  const { pollMs, leaseMs } = deps.config.worker;
  let running = true;
  // A drain is answered only by a look for due posts that began after it was asked for:
  // a look already under way may have missed a post made just before the drain.
  let looks = 0;
  let idleWaiters: { after: number; resolve: () => void }[] = [];
  let wake: (() => void) | null = null;
  let lastLateCheck = 0;
  let lastConsentSweep = 0;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });

  async function step(): Promise<boolean> {
    const now = deps.clock.now();
    const post = await repo.claimDuePost(deps.db, name, now.toISOString(), new Date(now.getTime() + leaseMs).toISOString());
    if (!post) return false;
    await publishClaimed(deps, name, post);
    return true;
  }

  const loop = (async () => {
    while (running) {
      try {
        const look = ++looks;
        if (await step()) continue;
        for (const waiter of idleWaiters.filter((w) => w.after < look)) waiter.resolve();
        idleWaiters = idleWaiters.filter((w) => w.after >= look);
        if (Date.now() - lastLateCheck > 30_000) {
          lastLateCheck = Date.now();
          await notifyLatePosts(deps);
        }
        // Expiry warnings and expiries: hourly, so an ended consent takes effect within the hour.
        if (Date.now() - lastConsentSweep > CONSENT_SWEEP_MS) {
          lastConsentSweep = Date.now();
          const swept = await sweepConsents(deps);
          if (swept.warned || swept.expired) deps.log.info({ worker: name, ...swept }, "consent register swept");
        }
      } catch (error) {
        deps.log.error({ err: error, worker: name }, "publisher step failed; trying again shortly");
      }
      if (running) await sleep(pollMs);
    }
  })();

  return {
    id: name,
    stop: async () => {
      running = false;
      wake?.();
      await loop;
      for (const waiter of idleWaiters) waiter.resolve();
    },
    drain: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push({ after: looks, resolve });
        wake?.();
      }),
  };
}
