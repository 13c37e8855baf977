import type { AccountGraph } from "../meta/account-graph.ts";
import { ConnectorError } from "../types.ts";

export interface PollOptions {
  /** pause between status checks */
  intervalMs: number;
  /** checks before we stop waiting */
  maxPolls: number;
}

/** Meta suggests a check a minute for five minutes; pictures are usually ready within seconds, so we look every 2 s for a minute. */
export const DEFAULT_POLL: PollOptions = { intervalMs: 2_000, maxPolls: 30 };

export async function createContainer(graph: AccountGraph, params: Record<string, string>, signal?: AbortSignal): Promise<string> {
  const answer = await graph.call<{ id: string }>({ path: `/${graph.remoteAccountId}/media`, body: params, signal, refused: "the post" });
  return answer.id;
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ConnectorError("timeout", "Stopped waiting for Instagram to get the picture ready."));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new ConnectorError("timeout", "Stopped waiting for Instagram to get the picture ready."));
    }, { once: true });
  });
}

/**
 * Instagram fetches and checks each picture after the container is made; it can be
 * published only once its status is FINISHED. ERROR and EXPIRED will not change, so they
 * refuse the post; still IN_PROGRESS after the last check is worth trying again later.
 */
export async function waitUntilFinished(graph: AccountGraph, containerId: string, poll: PollOptions, signal?: AbortSignal): Promise<void> {
  for (let attempt = 1; attempt <= poll.maxPolls; attempt++) {
    const state = await graph.call<{ status_code?: string; status?: string }>({
      path: `/${containerId}`,
      query: { fields: "status_code,status" },
      signal,
      refused: "the post",
    });
    if (state.status_code === "FINISHED" || state.status_code === "PUBLISHED") return;
    if (state.status_code === "ERROR" || state.status_code === "EXPIRED") {
      const detail = state.status ? `: ${state.status}` : "";
      throw new ConnectorError("permanent", `Instagram refused the picture (${state.status_code}${detail}).`);
    }
    if (attempt < poll.maxPolls) await pause(poll.intervalMs, signal);
  }
  throw new ConnectorError("transient", "Instagram had not finished preparing the picture; Gatehouse will try again.");
}
