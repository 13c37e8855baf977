import { screenForPlatforms, type Platform } from "@gatehouse/policy";
import type { Deps } from "../deps.ts";
import { screeningSettings } from "../settings/service.ts";

export async function screenText(deps: Deps, text: string, platforms: Platform[]) {
  return screenForPlatforms(text, [...new Set(platforms)], await screeningSettings(deps.db));
}
