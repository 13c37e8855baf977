import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { Db } from "./db/database.ts";
import type { Logger } from "./logger.ts";

/** What every service needs from the outside world, passed in rather than imported. */
export interface Deps {
  db: Db;
  clock: Clock;
  log: Logger;
  config: Config;
}
