import type { BrandState } from "@gatehouse/policy";
import { Tag, type TagProps } from "nhsuk-react-components";
import { BRAND_STATE_LABELS } from "./labels.ts";

const COLOURS: Record<BrandState, TagProps["modifier"]> = {
  pending: "blue",
  approved: "green",
  rejected: "red",
};

export function BrandStateTag({ state }: { state: BrandState }) {
  return <Tag modifier={COLOURS[state]}>{BRAND_STATE_LABELS[state]}</Tag>;
}
