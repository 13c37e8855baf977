import type { Detector } from "../types.ts";
import { length } from "./length.ts";

/** The shape of the post on its platform: length, links, hashtags. */
export const CONTENT_DETECTORS: Detector[] = [length];
