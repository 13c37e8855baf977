import type { Detector } from "../types.ts";

/** What people say and how: conduct.*, confidential.marker, credit.individual, concern.whistleblowing. */
export const CONDUCT_DETECTORS: Detector[] = [];
