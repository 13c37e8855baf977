import type { Detector } from "../types.ts";
import { nhsNumber } from "./nhs-number.ts";

/** Personal data: patients', relatives' and staff's (the pii.* categories). */
export const PII_DETECTORS: Detector[] = [nhsNumber];
