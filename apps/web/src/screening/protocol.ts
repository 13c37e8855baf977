import type { Finding, Platform, ScreeningSettings } from "@gatehouse/policy";

/** What the page asks the screening worker: one text, for some platforms, with some settings. */
export interface ScreenRequest {
  /** which editor asked; the worker answers only the newest request of each channel */
  channel: number;
  /** increases with every request of a channel; an answer to an older id is stale */
  id: number;
  text: string;
  platforms: Platform[];
  settings: ScreeningSettings;
}

/** One platform's answer: the length as that platform counts it, its limit, and the findings. */
export interface PlatformScreening {
  platform: Platform;
  length: number;
  limit: number;
  findings: Finding[];
}

export type ScreenResponse =
  | { channel: number; id: number; ok: true; text: string; results: PlatformScreening[] }
  | { channel: number; id: number; ok: false };
