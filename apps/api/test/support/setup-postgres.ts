import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDb } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import "./template.ts";

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Migrate one template database; every test file gets CREATE DATABASE ... TEMPLATE it. */
export default async function setup(project: TestProject) {
  const adminUrl = String(project.config.env.TEST_DATABASE_URL);
  const prefix = `gh_${randomBytes(4).toString("hex")}`;
  const template = `${prefix}_tpl`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `The Postgres tests need a server at ${adminUrl} (set TEST_DATABASE_URL to change it): ${(error as Error).message}`,
      { cause: error },
    );
  }
  await admin.query(`create database ${template}`);
  const db = createDb({ kind: "postgres", url: withDatabase(adminUrl, template) });
  await migrateToLatest(db);
  await db.destroy();
  project.provide("dbTemplate", { kind: "postgres", adminUrl, template, prefix });

  return async () => {
    const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like $1", [`${prefix}%`]);
    for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.end();
  };
}
