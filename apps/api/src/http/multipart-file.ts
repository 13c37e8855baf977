import { Readable } from "node:stream";
import Busboy from "busboy";

export type FileRead =
  | { ok: true; name: string; declaredType: string; bytes: Buffer; fields: Record<string, string> }
  | { ok: false; status: 400 | 413 | 415; code: string; message: string };

/**
 * Reads the one file of a multipart/form-data body as it streams in, stopping at the byte
 * limit: a 200 MB upload costs the server 40 MB of reading, not 200. A body that ends early
 * (the connection dropped) is an error, never a shorter file. What is left unread is not cut
 * off here: the HTTP server drains a little of it after the answer and then closes, so the
 * client reads the 413 instead of a reset connection.
 */
export function readMultipartFile(body: ReadableStream<Uint8Array> | null, contentType: string | undefined, field: string, maxBytes: number): Promise<FileRead> {
  return new Promise((resolve) => {
    if (!body || !contentType?.toLowerCase().startsWith("multipart/form-data")) {
      resolve({ ok: false, status: 415, code: "NOT_MULTIPART", message: `Send the file as multipart/form-data, in a field called "${field}".` });
      return;
    }
    let settled = false;
    const finish = (result: FileRead) => {
      if (settled) return;
      settled = true;
      resolve(result);
      // Stop parsing whatever is still arriving: nothing more of it will be used.
      source.unpipe(parser);
    };
    let parser: Busboy.Busboy;
    try {
      parser = Busboy({ headers: { "content-type": contentType }, limits: { files: 1, fileSize: maxBytes, fields: 20, fieldSize: 10_000, parts: 30 } });
    } catch {
      resolve({ ok: false, status: 400, code: "BAD_MULTIPART", message: "The upload is not valid multipart/form-data." });
      return;
    }
    const source = Readable.fromWeb(body);
    const fields: Record<string, string> = {};
    let file: { name: string; declaredType: string; chunks: Buffer[] } | null = null;
    let fileDone = false;

    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== field || file) {
        stream.resume();
        return;
      }
      const current = { name: info.filename || "upload", declaredType: info.mimeType, chunks: [] as Buffer[] };
      file = current;
      stream.on("data", (chunk: Buffer) => current.chunks.push(chunk));
      stream.on("limit", () =>
        finish({ ok: false, status: 413, code: "FILE_TOO_LARGE", message: `"${current.name}" is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Make it smaller and try again.` }),
      );
      stream.on("end", () => {
        fileDone = true;
      });
    });
    parser.on("filesLimit", () => finish({ ok: false, status: 400, code: "TOO_MANY_FILES", message: "Upload one file at a time." }));
    parser.on("error", () => finish({ ok: false, status: 400, code: "UPLOAD_CUT_OFF", message: "The upload was cut off before it finished. Try again." }));
    parser.on("close", () => {
      const done = file;
      if (!done || !fileDone) {
        finish({ ok: false, status: 400, code: "NO_FILE", message: `Choose a file to upload (in a field called "${field}").` });
        return;
      }
      finish({ ok: true, name: done.name, declaredType: done.declaredType, bytes: Buffer.concat(done.chunks), fields });
    });
    source.on("error", () => finish({ ok: false, status: 400, code: "UPLOAD_CUT_OFF", message: "The upload was cut off before it finished. Try again." }));
    source.pipe(parser);
  });
}
