import { Worker } from "node:worker_threads";

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * One worker thread for one kind of heavy task, started on first use, fed one request at a
 * time by message. A thread that dies fails what it held and is started afresh next time,
 * so one bad picture never takes the server down with it.
 */
export class TaskThread<Request, Response> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly name: string,
    private readonly entry: URL,
    private readonly timeoutMs: number,
  ) {}

  private start(): Worker {
    const worker = new Worker(new URL("./thread-bootstrap.mjs", import.meta.url), { workerData: { entry: this.entry.href }, name: this.name });
    worker.on("message", (message: { id: number; ok: boolean; value?: unknown; error?: string }) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      this.idleUnref(worker);
      if (message.ok) pending.resolve(message.value);
      else pending.reject(new Error(message.error ?? `${this.name} failed`));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`${this.name} stopped (exit code ${code})`)));
    return worker;
  }

  /** An idle thread must not keep a CLI command or a test alive; a busy one must. */
  private idleUnref(worker: Worker): void {
    if (this.pending.size === 0) worker.unref();
  }

  run(request: Request, transfer: ArrayBuffer[] = []): Promise<Response> {
    this.worker ??= this.start();
    const worker = this.worker;
    const id = this.nextId++;
    worker.ref();
    return new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.idleUnref(worker);
        reject(new Error(`${this.name} took longer than ${this.timeoutMs} ms`));
        // It may be stuck: start a fresh one for the next request.
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
      }, this.timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as Response);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      worker.postMessage({ id, request }, transfer);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
