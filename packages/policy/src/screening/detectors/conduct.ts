import type { Detector } from "../types.ts";
import { abusive } from "./abusive.ts";
import { chainContent } from "./chain-content.ts";
import { confidential } from "./confidential.ts";
import { credit } from "./credit.ts";
import { defamation } from "./defamation.ts";
import { profanity } from "./profanity.ts";
import { whistleblowing } from "./whistleblowing.ts";

/** What people say and how: conduct.*, confidential.marker, credit.individual, concern.whistleblowing. */
export const CONDUCT_DETECTORS: Detector[] = [profanity, abusive, defamation, chainContent, confidential, credit, whistleblowing];
