import type { RouterInputs, RouterOutputs } from "../api-types.ts";

export type ConsentDetail = RouterOutputs["consent"]["get"];
export type ConsentSummary = RouterOutputs["consent"]["list"][number];
export type ConsentInput = RouterInputs["consent"]["create"];
export type TakedownOfConsent = ConsentDetail["takedowns"][number];
export type BlockedPost = ConsentDetail["blockedPosts"][number];
