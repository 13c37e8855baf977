import type { RouterOutputs } from "../api-types.ts";

export type PostDetail = RouterOutputs["posts"]["get"];
export type PostSummary = RouterOutputs["posts"]["list"][number];
export type PostAttempt = PostDetail["attempts"][number];
export type Dashboard = RouterOutputs["posts"]["dashboard"];
