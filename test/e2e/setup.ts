import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { CHROMIUM } from "./browser.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The browser tests never skip: they get Debian chromium (installing it as root) or stop with the one-line fix. */
function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`The browser tests need Debian chromium at ${CHROMIUM}: run \`sudo apt-get install -y chromium\`.`);
  }
  console.log("Installing Debian chromium for the browser tests (apt-get install chromium)...");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

/** The journeys run against the web app as built now, served by the real server. */
function buildWeb(): void {
  execFileSync("pnpm", ["--filter", "@gatehouse/web", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

export default function setup(): void {
  ensureChromium();
  buildWeb();
}
