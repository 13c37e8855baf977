import type { Detector } from "../types.ts";
import { CONDUCT_DETECTORS } from "./conduct.ts";
import { CONTENT_DETECTORS } from "./content.ts";
import { length } from "./length.ts";
import { PII_DETECTORS } from "./pii.ts";

/** Every detector, one per family. Order does not matter: findings are sorted by position. */
export const DETECTORS: Detector[] = [...PII_DETECTORS, ...CONDUCT_DETECTORS, ...CONTENT_DETECTORS];

/** Only the length detector depends on the platform; the rest read the text alone. */
export const PLATFORM_DETECTORS: Detector[] = [length];
export const TEXT_DETECTORS: Detector[] = DETECTORS.filter((d) => !PLATFORM_DETECTORS.includes(d));
