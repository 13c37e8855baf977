/**
 * `pnpm bench`: speed figures, printed with ratios. Targets live here, never in timed unit tests.
 * BENCH_ONLY=api,screening,publisher,media picks parts; BENCH_DATABASE_URL (or TEST_DATABASE_URL)
 * picks the Postgres server (default postgres://postgres@127.0.0.1:5432/test).
 */
import pg from "pg";
import { benchApi } from "./api.ts";
import { benchMedia } from "./media.ts";
import { benchPublisher, sqliteDatabase } from "./publisher.ts";
import { benchScreening } from "./screening.ts";

const only = new Set((process.env.BENCH_ONLY ?? "api,screening,publisher,media").split(","));
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function postgresDatabase() {
  const name = `gh_bench_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return {
    database: { kind: "postgres" as const, url: url.toString() },
    drop: async () => {
      const a = new pg.Client({ connectionString: pgUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgUrl });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    console.log(`\npostgres at ${pgUrl} is not reachable (${(error as Error).message}): set BENCH_DATABASE_URL`);
    return false;
  }
}

console.log("Gatehouse benchmarks");
const withPostgres = await postgresReachable();
if (only.has("api")) await benchApi(sqliteDatabase, withPostgres ? postgresDatabase : null);
if (only.has("screening")) await benchScreening();
if (only.has("publisher")) {
  await benchPublisher("sqlite", sqliteDatabase);
  if (withPostgres) await benchPublisher("postgres", postgresDatabase);
}
if (only.has("media")) await benchMedia();
