import { PEOPLE_DECLARATION_LABELS, PEOPLE_DECLARATIONS, type PeopleDeclaration } from "@gatehouse/policy";
import type { AssetFilter } from "./types.ts";

export type PeopleFilter = PeopleDeclaration | "undeclared" | "";

export const PEOPLE_FILTERS: readonly { value: PeopleFilter; label: string }[] = [
  { value: "", label: "Any" },
  { value: "undeclared", label: "Not declared yet" },
  ...PEOPLE_DECLARATIONS.map((value) => ({ value, label: PEOPLE_DECLARATION_LABELS[value] })),
];

export interface LibraryFilters {
  mine: boolean;
  people: PeopleFilter;
  search: string;
}

const isPeopleFilter = (value: string): value is PeopleFilter => PEOPLE_FILTERS.some((f) => f.value === value);

/** The library's filters live in its address, so a filtered list can be bookmarked and shared. */
export function filtersFromParams(params: URLSearchParams): LibraryFilters {
  const people = params.get("people") ?? "";
  return { mine: params.get("mine") === "yes", people: isPeopleFilter(people) ? people : "", search: params.get("search")?.trim() ?? "" };
}

export function paramsFromFilters(filters: LibraryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.mine) params.set("mine", "yes");
  if (filters.people) params.set("people", filters.people);
  if (filters.search.trim()) params.set("search", filters.search.trim());
  return params;
}

export function listInput(filters: LibraryFilters): AssetFilter {
  return {
    ...(filters.mine ? { mine: true } : {}),
    ...(filters.people ? { people: filters.people } : {}),
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
  };
}
