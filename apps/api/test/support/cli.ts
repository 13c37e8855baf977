import { nodeWithTsx } from "./processes.ts";
import { fileURLToPath } from "node:url";
import type { TestDatabase } from "./test-db.ts";

const MAIN = fileURLToPath(new URL("../../src/main.ts", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment that points a child process at the test's own database. */
export function envFor(database: TestDatabase, extra: Record<string, string> = {}): Record<string, string> {
  const base: Record<string, string> = { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", GATEHOUSE_MODE: "demo" };
  if (database.config.kind === "postgres") base.DATABASE_URL = database.config.url;
  else base.GATEHOUSE_DATA_DIR = database.config.file.replace(/\/gatehouse\.sqlite$/, "");
  return { ...base, ...extra };
}

/** Runs `pnpm gatehouse ...` as a real process, the way an operator would. */
export function gatehouse(args: string[], env: Record<string, string>, stdin?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = nodeWithTsx([MAIN, ...args], env);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}
