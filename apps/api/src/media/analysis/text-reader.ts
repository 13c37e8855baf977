import { access } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { createWorker, OEM, type Worker } from "tesseract.js";

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/*
 * OCR, offline: Tesseract compiled to WebAssembly (tesseract.js-core) with the English LSTM
 * model from @tesseract.js-data/eng. tesseract.js runs it in a thread of its own. Without a
 * langPath it would fetch the model from a CDN; without cacheMethod "none" it would write a
 * copy into the working folder.
 */
const LANG_PATH = path.join(packageDir("@tesseract.js-data/eng"), "4.0.0_best_int");

/** Photos without text still "read" as scattered glyphs: keep confident lines with a run of two letters or digits. */
const MIN_LINE_CONFIDENCE = 70;

export class TextReader {
  private worker: Promise<Worker> | null = null;

  constructor(private readonly timeoutMs: number) {}

  private async start(): Promise<Worker> {
    await access(path.join(LANG_PATH, "eng.traineddata.gz"));
    let started = false;
    let failStart: (error: Error) => void = () => {};
    const failed = new Promise<never>((_, reject) => (failStart = reject));
    const creating = createWorker("eng", OEM.LSTM_ONLY, {
      langPath: LANG_PATH,
      workerPath: require.resolve("tesseract.js/src/worker-script/node/index.js"),
      gzip: true,
      cacheMethod: "none",
      logger: () => {},
      // A load that fails never settles createWorker's promise: turn it into a rejection.
      errorHandler: (error: unknown) => {
        if (!started) failStart(new Error(`OCR did not start: ${String(error)}`));
      },
    });
    const worker = await this.withTimeout(Promise.race([creating, failed]));
    started = true;
    await worker.setParameters({ debug_file: "/dev/null", user_defined_dpi: "300" });
    return worker;
  }

  private withTimeout<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`OCR took longer than ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  /** The text in a greyscale PNG, one line per line read with confidence. */
  async read(png: Buffer): Promise<string> {
    this.worker ??= this.start();
    const current = this.worker;
    try {
      const worker = await current;
      const { data } = await this.withTimeout(worker.recognize(png, {}, { text: true, blocks: true }));
      const lines = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
      return lines
        .filter((l) => l.confidence >= MIN_LINE_CONFIDENCE && /[\p{L}\p{N}]{2}/u.test(l.text))
        .map((l) => l.text.trim())
        .join("\n");
    } catch (error) {
      // Start afresh next time rather than reuse a worker in an unknown state.
      if (this.worker === current) {
        this.worker = null;
        void current.then((w) => w.terminate()).catch(() => {});
      }
      throw error;
    }
  }

  async close(): Promise<void> {
    const current = this.worker;
    this.worker = null;
    if (current) await current.then((w) => w.terminate()).catch(() => {});
  }
}
