import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { sendFile } from "../components/send-file.ts";
import { useTRPC } from "../trpc.ts";
import type { AssetView } from "./types.ts";
import { uploadProblem } from "./upload-checks.ts";

export type UploadState = "refused" | "waiting" | "sending" | "checking" | "done" | "failed";

export interface Upload {
  key: number;
  file: File;
  state: UploadState;
  loaded: number;
  total: number;
  /** why it was refused or failed */
  message: string | null;
  asset: AssetView | null;
  /** what the person said about the photos they chose with it: label, tags, caption, alt text */
  details: Readonly<Record<string, string>>;
}

const BUSY: readonly UploadState[] = ["waiting", "sending", "checking"];

/**
 * The files a person has chosen and where each one is: refused here, waiting, sending (with
 * the bytes sent), being checked by the server, done, or failed with the server's reason.
 * They go one at a time, so one large photo does not slow every other; one failing never
 * stops the rest.
 */
export function useUploads() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const nextKey = useRef(1);

  const update = useCallback((key: number, patch: Partial<Upload>) => {
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));
  }, []);

  const send = useCallback(
    async (upload: Upload) => {
      update(upload.key, { state: "sending" });
      const result = await sendFile<AssetView>("/api/assets", upload.file, {
        onProgress: (loaded, total) => update(upload.key, { loaded, total }),
        onSent: () => update(upload.key, { state: "checking", loaded: upload.file.size }),
        fields: upload.details,
      });
      if (result.ok) {
        update(upload.key, { state: "done", asset: result.body });
        void queryClient.invalidateQueries(trpc.assets.list.queryFilter());
      } else {
        update(upload.key, { state: "failed", message: result.message });
      }
    },
    [update, queryClient, trpc],
  );

  const add = useCallback(
    (files: readonly File[], details: Readonly<Record<string, string>> = {}) => {
      const added: Upload[] = files.map((file) => {
        const problem = uploadProblem(file);
        return { key: nextKey.current++, file, state: problem ? "refused" : "waiting", loaded: 0, total: file.size, message: problem, asset: null, details };
      });
      setUploads((list) => [...list, ...added]);
      for (const upload of added) {
        if (upload.state === "waiting") queue.current = queue.current.then(() => send(upload));
      }
    },
    [send],
  );

  // Closing the tab would cut off what is still on its way.
  const busy = uploads.some((u) => BUSY.includes(u.state));
  useEffect(() => {
    if (!busy) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [busy]);

  return { uploads, add, busy };
}
