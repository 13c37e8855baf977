import type { Platform, ScreeningSettings } from "@gatehouse/policy";
import { ScreeningResults, type ScreeningResultsProps } from "./screening-results.tsx";
import { useScreening } from "./use-screening.ts";

/**
 * Screens `text` for each target platform with the organisation's `settings`, in the browser,
 * with the same function the API enforces, and shows what it found.
 */
export function ScreeningPanel({
  text,
  platforms,
  settings,
  headingLevel,
  onSelect,
}: {
  text: string;
  platforms: readonly Platform[];
  settings: ScreeningSettings;
} & Pick<ScreeningResultsProps, "headingLevel" | "onSelect">) {
  const screening = useScreening(text, platforms, settings);
  return <ScreeningResults screening={screening} headingLevel={headingLevel} noPlatforms={platforms.length === 0} onSelect={onSelect} />;
}
