import type { RouterInputs, RouterOutputs } from "../api-types.ts";

export type KitAnswer = RouterOutputs["brand"]["kit"];
export type KitView = NonNullable<KitAnswer["kit"]>;
export type KitVersion = KitAnswer["versions"][number];
export type KitInput = Omit<RouterInputs["brand"]["updateKit"], "accountId">;
