import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { CompiledQuery, Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type Transaction } from "kysely";
import pg from "pg";
import type { Database as DatabaseConfig } from "../config.ts";
import type { DB } from "./schema.ts";

export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;
/** Repos take either the database or an open transaction. */
export type Executor = Db | Tx;

/**
 * SQLite transactions start IMMEDIATE: the write lock is taken up front, so a second
 * process (the CLI, a worker) waits on busy_timeout instead of failing mid-transaction.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly database: SQLite.Database) {
    super({ database });
  }
  override createDriver() {
    return new ImmediateSqliteDriver({ database: this.database });
  }
}

export function openSqlite(file: string): SQLite.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return sqlite;
}

export function createDb(config: DatabaseConfig, onIdleError: (error: Error) => void = () => {}): Db {
  if (config.kind === "sqlite") {
    return new Kysely<DB>({ dialect: new ImmediateSqliteDialect(openSqlite(config.file)) });
  }
  const pool = new pg.Pool({ connectionString: config.url, max: 10 });
  // A connection the server closes while it sits idle (a restart, a dropped database) is
  // discarded by the pool; without a listener that error would take the whole process down.
  pool.on("error", onIdleError);
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

export function dialectOf(db: Executor): "sqlite" | "postgres" {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}
