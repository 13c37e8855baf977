import { DEFAULT_SETTINGS, PLATFORM_LIMITS, platformLength, screen } from "@gatehouse/policy";
import type { PlatformScreening, ScreenRequest, ScreenResponse } from "./protocol.ts";

/*
 * Screens posts off the main thread, with the same pure function the API enforces, so typing
 * never waits for the detectors. Requests that arrive while one is being screened are kept
 * only if they are the newest of their editor (channel): older ones are dropped unanswered.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<ScreenRequest>) => void) | null;
  postMessage(message: ScreenResponse): void;
}
const scope = self as unknown as WorkerScope;

const waiting = new Map<number, ScreenRequest>();
let scheduled = false;

function screenOne(request: ScreenRequest): ScreenResponse {
  const { channel, id, text, platforms, settings } = request;
  try {
    const results: PlatformScreening[] = platforms.map((platform) => ({
      platform,
      length: platformLength(text, platform),
      limit: PLATFORM_LIMITS[platform].limit,
      findings: screen(text, platform, settings),
    }));
    return { channel, id, ok: true, text, results };
  } catch {
    // The page says the check is unavailable; the detail is no use to the person typing.
    return { channel, id, ok: false };
  }
}

function drain(): void {
  scheduled = false;
  const requests = [...waiting.values()];
  waiting.clear();
  for (const request of requests) scope.postMessage(screenOne(request));
}

/**
 * Some detectors build their dictionaries and language model on first use, which takes a
 * second or so. Do it as soon as the worker starts, while the person is still reading the
 * page, rather than on their first words.
 */
function warmUp(): void {
  try {
    screen("Dr Sam Jones saw Pat on ward 3 on Monday. Call 0300 123 4567, see https://www.nhs.uk or email pals@nhs.net #NHSJobs", "x", DEFAULT_SETTINGS);
  } catch {
    // A failing detector is reported with the first real request.
  }
}
setTimeout(warmUp, 0);

scope.onmessage = (event) => {
  waiting.set(event.data.channel, event.data);
  if (scheduled) return;
  scheduled = true;
  // Let every message already queued arrive first, so only the newest of each channel is screened.
  setTimeout(drain, 0);
};
