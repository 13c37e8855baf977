/** The tags field as the person fills it in: the organisation's tags they ticked, and their own words. */
export interface TagsDraft {
  chosen: string[];
  other: string;
}

const key = (tag: string) => tag.trim().toLowerCase().replace(/\s+/g, " ");

/** "ward, nurses, , flu" -> ["ward", "nurses", "flu"] */
export function tagsFrom(text: string): string[] {
  return text
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t !== "");
}

/** Saved tags split into the organisation's (ticked, spelt as the organisation spells them) and the rest. */
export function tagsDraftFrom(tags: readonly string[], taxonomy: readonly string[]): TagsDraft {
  const known = new Map(taxonomy.map((t) => [key(t), t]));
  return {
    chosen: tags.flatMap((t) => known.get(key(t)) ?? []),
    other: tags.filter((t) => !known.has(key(t))).join(", "),
  };
}

/** Every tag once, ticked ones first, whatever their case. */
export function tagsOf(draft: TagsDraft): string[] {
  const seen = new Set<string>();
  return [...draft.chosen, ...tagsFrom(draft.other)].filter((t) => {
    if (seen.has(key(t))) return false;
    seen.add(key(t));
    return true;
  });
}
