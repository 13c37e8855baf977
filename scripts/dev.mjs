// `pnpm dev`: the API (restarting on change) on :3000 and Vite with hot reload on :5173,
// which proxies /trpc and /api to the API.
import { spawn } from "node:child_process";

const children = [
  spawn("pnpm", ["exec", "tsx", "watch", "apps/api/src/main.ts", "serve"], { stdio: "inherit" }),
  spawn("pnpm", ["--filter", "@gatehouse/web", "dev"], { stdio: "inherit" }),
];
const stop = () => children.forEach((c) => c.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", (code) => { if (code) { stop(); process.exitCode = code; } });
