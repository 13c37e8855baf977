import { SERVICE_PROBLEM } from "./api-error.ts";

/** How a file upload ended: the server's answer, or a message fit to show. */
export type SendResult<T> = { ok: true; body: T } | { ok: false; message: string };

export interface SendOptions {
  /** bytes sent so far, and of how many */
  onProgress?: (loaded: number, total: number) => void;
  /** every byte is sent; the server is now working on the file */
  onSent?: () => void;
  /** plain form fields sent with the file, such as what the person said about it */
  fields?: Readonly<Record<string, string>>;
}

function messageOf(status: number, text: string): string {
  if (status === 401) return "Your session has ended. Sign in again, then upload the file again.";
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } };
    if (status < 500 && typeof body.error?.message === "string") return body.error.message;
  } catch {
    // Not the API's JSON (a proxy's error page, say): the apology below says enough.
  }
  return SERVICE_PROBLEM;
}

/**
 * POSTs one file as multipart/form-data field "file", with the session cookie. It uses
 * XMLHttpRequest, not fetch, because only XHR reports upload progress. The plain-HTTP
 * endpoints answer errors as {error: {code, message}}, written for people.
 */
export function sendFile<T>(url: string, file: File, { onProgress, onSent, fields = {} }: SendOptions = {}): Promise<SendResult<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded, event.total);
    };
    xhr.upload.onload = () => onSent?.();
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve({ ok: true, body: JSON.parse(xhr.responseText) as T });
        } catch {
          resolve({ ok: false, message: SERVICE_PROBLEM });
        }
        return;
      }
      resolve({ ok: false, message: messageOf(xhr.status, xhr.responseText) });
    };
    xhr.onerror = () => resolve({ ok: false, message: `"${file.name}" could not be sent: check your connection and try again.` });
    xhr.onabort = () => resolve({ ok: false, message: `The upload of "${file.name}" was stopped.` });
    const form = new FormData();
    // Before the file: the server then has them however it reads the stream.
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append("file", file, file.name);
    xhr.send(form);
  });
}
