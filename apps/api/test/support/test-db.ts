import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "../../src/db/database.ts";
import "./template.ts";

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface TestDatabase {
  db: Db;
  kind: "sqlite" | "postgres";
  /** the config a CLI or server process would need to open the same database */
  config: { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };
  drop(): Promise<void>;
}

/** A fresh, migrated database of the dialect this test project runs on. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject("dbTemplate");
  if (template.kind === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-test-"));
    const file = path.join(dir, "gatehouse.sqlite");
    fs.copyFileSync(template.file, file);
    const db = createDb({ kind: "sqlite", file });
    return {
      db,
      kind: "sqlite",
      config: { kind: "sqlite", file },
      drop: async () => {
        await db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `${template.prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: template.adminUrl });
  await admin.connect();
  try {
    // Two files cloning the template at the same moment can collide; the second waits and retries.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${template.template}`);
        break;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  const url = withDatabase(template.adminUrl, name);
  const db = createDb({ kind: "postgres", url });
  return {
    db,
    kind: "postgres",
    config: { kind: "postgres", url },
    drop: async () => {
      await db.destroy();
      const a = new pg.Client({ connectionString: template.adminUrl });
      await a.connect();
      // Our connections may still be closing: wait for them rather than kill them (a killed
      // one that has not finished closing reports the kill as an uncaught error).
      for (let attempt = 0; ; attempt++) {
        try {
          await a.query(`drop database if exists ${name}${attempt >= 50 ? " with (force)" : ""}`);
          break;
        } catch (error) {
          if (attempt >= 50 || !/being accessed by other users/.test(String(error))) throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await a.end();
    },
  };
}
