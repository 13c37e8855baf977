import type { RouterOutputs } from "../api-types.ts";

export type TakedownTask = RouterOutputs["takedowns"]["list"][number];
