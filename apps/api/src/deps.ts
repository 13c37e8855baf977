import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { Db } from "./db/database.ts";
import type { Logger } from "./logger.ts";
import type { ImageAnalyser } from "./media/analysis/analyser.ts";
import type { BlobStore } from "./storage/blob-store.ts";

/** What every service needs from the outside world, passed in rather than imported. */
export interface Deps {
  db: Db;
  clock: Clock;
  log: Logger;
  config: Config;
  /** media bytes: sanitised masters, renditions, consent evidence */
  storage: BlobStore;
  /** face detection, OCR and HEIC decoding, off the main thread */
  analyser: ImageAnalyser;
}
