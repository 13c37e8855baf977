import type { ScreenRequest, ScreenResponse } from "./protocol.ts";

/** Hears the answers for one channel; `null` means the worker itself failed. */
export type ScreeningListener = (response: ScreenResponse | null) => void;

const listeners = new Map<number, ScreeningListener>();
let worker: Worker | null = null;
let broken = false;
let nextChannel = 1;

function failAll(): void {
  broken = true;
  worker?.terminate();
  worker = null;
  for (const listener of listeners.values()) listener(null);
}

/** One worker for the whole page, started on first use and kept: loading the detectors is the slow part. */
function theWorker(): Worker | null {
  if (worker || broken) return worker;
  try {
    worker = new Worker(new URL("./screening.worker.ts", import.meta.url), { type: "module", name: "screening" });
  } catch {
    broken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<ScreenResponse>) => {
    listeners.get(event.data.channel)?.(event.data);
  };
  // The worker script did not load or crashed outside a request: screening is unavailable.
  worker.onerror = (event) => {
    event.preventDefault();
    failAll();
  };
  worker.onmessageerror = failAll;
  return worker;
}

/** A channel for one editor: its own stream of requests and answers. */
export function openChannel(): number {
  return nextChannel++;
}

export function listen(channel: number, listener: ScreeningListener): () => void {
  listeners.set(channel, listener);
  if (broken) listener(null);
  return () => {
    listeners.delete(channel);
  };
}

export function requestScreening(request: ScreenRequest): void {
  const target = theWorker();
  if (!target) {
    listeners.get(request.channel)?.(null);
    return;
  }
  target.postMessage(request);
}
