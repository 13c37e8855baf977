import { systemClock } from "../clock.ts";
import { loadConfig, type Config } from "../config.ts";
import { createDb } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import type { Deps } from "../deps.ts";
import { createLogger } from "../logger.ts";
import { createAnalyser } from "../media/analysis/analyser.ts";
import { LocalBlobStore } from "../storage/local-blob-store.ts";

/** Builds the real dependencies from the environment for a CLI command, migrated and ready. */
export async function openRuntime(overrides: Partial<Config> = {}, env?: Record<string, string | undefined>): Promise<Deps> {
  const config = { ...loadConfig(env), ...overrides };
  const log = createLogger(config.logLevel, process.stderr);
  const db = createDb(config.database, (error) => log.warn({ err: error }, "an idle database connection was closed by the server"));
  const applied = await migrateToLatest(db);
  if (applied.length > 0) log.info({ applied }, "database migrated");
  return { db, clock: systemClock, log, config, storage: new LocalBlobStore(config.mediaDir), analyser: createAnalyser() };
}
