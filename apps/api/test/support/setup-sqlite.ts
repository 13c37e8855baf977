import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import "./template.ts";

/** Migrate one SQLite file; every test file starts from a copy of it. */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-sqlite-"));
  const file = path.join(dir, "template.sqlite");
  const db = createDb({ kind: "sqlite", file });
  await migrateToLatest(db);
  await db.destroy();
  project.provide("dbTemplate", { kind: "sqlite", file });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
