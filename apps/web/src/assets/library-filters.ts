import { BRAND_STATES, CLASSIFICATIONS, PEOPLE_DECLARATION_LABELS, PEOPLE_DECLARATIONS, type BrandState, type Classification, type PeopleDeclaration } from "@gatehouse/policy";
import { BRAND_STATE_LABELS } from "../brand/labels.ts";
import type { AssetFilter } from "./types.ts";

export type PeopleFilter = PeopleDeclaration | "undeclared" | "";
export type LabelFilter = Classification | "unlabelled" | "";
export type BrandFilter = BrandState | "";

export const PEOPLE_FILTERS: readonly { value: PeopleFilter; label: string }[] = [
  { value: "", label: "Any" },
  { value: "undeclared", label: "Not declared yet" },
  ...PEOPLE_DECLARATIONS.map((value) => ({ value, label: PEOPLE_DECLARATION_LABELS[value] })),
];

export const LABEL_FILTERS: readonly { value: LabelFilter; label: string }[] = [
  { value: "", label: "Any" },
  ...CLASSIFICATIONS.map((value) => ({ value, label: value })),
  { value: "unlabelled", label: "Not classified yet" },
];

export const BRAND_FILTERS: readonly { value: BrandFilter; label: string }[] = [
  { value: "", label: "Any" },
  ...BRAND_STATES.map((value) => ({ value, label: BRAND_STATE_LABELS[value] })),
];

export interface LibraryFilters {
  mine: boolean;
  people: PeopleFilter;
  tag: string;
  classification: LabelFilter;
  brandState: BrandFilter;
  search: string;
}

function oneOf<T extends string>(options: readonly { value: T }[], value: string | null): T | "" {
  return options.find((o) => o.value === value)?.value ?? "";
}

/** The library's filters live in its address, so a filtered list can be bookmarked and shared. */
export function filtersFromParams(params: URLSearchParams): LibraryFilters {
  return {
    mine: params.get("mine") === "yes",
    people: oneOf(PEOPLE_FILTERS, params.get("people")),
    tag: params.get("tag")?.trim() ?? "",
    classification: oneOf(LABEL_FILTERS, params.get("label")),
    brandState: oneOf(BRAND_FILTERS, params.get("brand")),
    search: params.get("search")?.trim() ?? "",
  };
}

export function paramsFromFilters(filters: LibraryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.mine) params.set("mine", "yes");
  if (filters.people) params.set("people", filters.people);
  if (filters.tag.trim()) params.set("tag", filters.tag.trim());
  if (filters.classification) params.set("label", filters.classification);
  if (filters.brandState) params.set("brand", filters.brandState);
  if (filters.search.trim()) params.set("search", filters.search.trim());
  return params;
}

export function listInput(filters: LibraryFilters): AssetFilter {
  return {
    ...(filters.mine ? { mine: true } : {}),
    ...(filters.people ? { people: filters.people } : {}),
    ...(filters.tag.trim() ? { tag: filters.tag.trim() } : {}),
    ...(filters.classification ? { classification: filters.classification } : {}),
    ...(filters.brandState ? { brandState: filters.brandState } : {}),
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
  };
}
