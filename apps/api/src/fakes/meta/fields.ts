/** `fields=id,name,instagram_business_account{id,username}` as field -> nested fields (or null). */
export function parseFields(value: string | undefined): Map<string, string | null> | null {
  if (!value) return null;
  const fields = new Map<string, string | null>();
  let depth = 0;
  let start = 0;
  const add = (part: string) => {
    const trimmed = part.trim();
    if (!trimmed) return;
    const brace = trimmed.indexOf("{");
    if (brace === -1) fields.set(trimmed, null);
    else fields.set(trimmed.slice(0, brace), trimmed.slice(brace + 1, trimmed.lastIndexOf("}")));
  };
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "{") depth++;
    else if (value[i] === "}") depth--;
    else if (value[i] === "," && depth === 0) {
      add(value.slice(start, i));
      start = i + 1;
    }
  }
  add(value.slice(start));
  return fields;
}

/** a value, or a function computing it from the nested fields asked for */
type FieldValue = unknown;

/**
 * The object as Graph answers it: the requested fields it has (id always), or its default
 * fields when none were asked for. A function value is computed only when asked for.
 */
export function pickFields(all: Record<string, FieldValue>, requested: string | undefined, defaults: string[]): Record<string, unknown> {
  const fields = parseFields(requested) ?? new Map(defaults.map((name) => [name, null]));
  const answer: Record<string, unknown> = { id: all.id };
  for (const [name, nested] of fields) {
    if (!(name in all)) continue;
    const value = all[name];
    const resolved = typeof value === "function" ? (value as (nested: string | null) => unknown)(nested) : value;
    if (resolved !== undefined) answer[name] = resolved;
  }
  return answer;
}
