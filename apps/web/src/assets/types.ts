import type { RouterInputs, RouterOutputs } from "../api-types.ts";

export type AssetView = RouterOutputs["assets"]["get"];
export type AssetSummary = RouterOutputs["assets"]["list"][number];
export type AssetFinding = AssetView["findings"][number];
export type AssetConsent = AssetView["consents"][number];
export type FaceBox = AssetView["faces"][number];
export type AssetFilter = NonNullable<RouterInputs["assets"]["list"]>;
