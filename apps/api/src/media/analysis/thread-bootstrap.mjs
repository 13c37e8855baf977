// A worker thread starts as plain Node: teach it TypeScript (as `node --import tsx` does for
// the main thread), then load the task module it was started for.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
