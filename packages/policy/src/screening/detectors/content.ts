import type { Detector } from "../types.ts";
import { hashtags } from "./hashtags.ts";
import { length } from "./length.ts";
import { links } from "./links.ts";

/** The shape of the post on its platform: length, links, hashtags. */
export const CONTENT_DETECTORS: Detector[] = [length, links, hashtags];
