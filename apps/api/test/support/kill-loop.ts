import { spawnWorker, type WorkerProcess } from "./processes.ts";

/**
 * Runs `count` real worker processes until `done()` says so (or the time runs out), killing
 * one with SIGKILL every second or three and restarting whatever died, by our hand or its own.
 */
export async function workUnderKills(env: Record<string, string>, count: number, done: () => Promise<boolean>, timeLimitMs = 240_000): Promise<{ kills: number; selfKills: number }> {
  const workers: WorkerProcess[] = Array.from({ length: count }, () => spawnWorker(env));
  let kills = 0;
  let selfKills = 0;
  const killedByUs = new Set<number>();
  const deadline = Date.now() + timeLimitMs;
  try {
    while (!(await done()) && Date.now() < deadline) {
      await Promise.race([Promise.any(workers.map((w) => w.ready)), new Promise((r) => setTimeout(r, 15_000))]);
      // a kill every second or three, to a worker that has been at work a while
      await new Promise((r) => setTimeout(r, 1000 + Math.random() * 2000));
      const victim = workers[Math.floor(Math.random() * workers.length)]!;
      if (victim.child.exitCode === null && victim.child.signalCode === null && victim.isReady()) {
        killedByUs.add(victim.child.pid!);
        victim.child.kill("SIGKILL");
        await victim.exited;
        kills++;
      }
      for (let j = 0; j < workers.length; j++) {
        if (workers[j]!.child.exitCode !== null || workers[j]!.child.signalCode !== null) {
          if (!killedByUs.has(workers[j]!.child.pid!)) selfKills++;
          workers[j] = spawnWorker(env);
        }
      }
    }
  } finally {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill("SIGTERM");
    await Promise.all(workers.map((w) => w.exited));
  }
  return { kills, selfKills };
}
