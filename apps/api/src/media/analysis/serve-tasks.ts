import { parentPort } from "node:worker_threads";

/** The thread side of TaskThread: answers each request in turn with the handler's result or its error. */
export function serveTasks<Request, Response>(handle: (request: Request) => Promise<{ value: Response; transfer?: ArrayBuffer[] }>): void {
  const port = parentPort;
  if (!port) throw new Error("serveTasks runs only inside a worker thread");
  let queue = Promise.resolve();
  port.on("message", ({ id, request }: { id: number; request: Request }) => {
    queue = queue.then(async () => {
      try {
        const { value, transfer } = await handle(request);
        port.postMessage({ id, ok: true, value }, transfer ?? []);
      } catch (error) {
        port.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    });
  });
}
