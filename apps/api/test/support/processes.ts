import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../../src/main.ts", import.meta.url));
const API_DIR = fileURLToPath(new URL("../..", import.meta.url));

/**
 * `node --import tsx`, one process: the tsx launcher would put a child process under a
 * parent, and SIGKILL to the parent would leave the real worker running as an orphan.
 */
export function nodeWithTsx(args: string[], env: Record<string, string>) {
  return spawn(process.execPath, ["--import", "tsx", ...args], { env, cwd: API_DIR, stdio: ["pipe", "pipe", "pipe"] });
}

export interface WorkerProcess {
  child: ChildProcess;
  /** resolves once the worker says it has started */
  ready: Promise<void>;
  isReady(): boolean;
  output(): string;
  exited: Promise<number | null>;
}

/** A real `gatehouse worker` process, as an operator would run it. */
export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const child = nodeWithTsx([MAIN, "worker"], env);
  let output = "";
  let started = false;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const onData = (d: Buffer) => {
    output += d.toString();
    if (!started && output.includes("publisher started")) {
      started = true;
      markReady();
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, ready, isReady: () => started, output: () => output, exited };
}
