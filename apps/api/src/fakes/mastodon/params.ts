/**
 * Rails reads a request's parameters the same whether they came as JSON, a urlencoded form or
 * multipart; arrays arrive as JSON arrays or as repeated `name[]` fields. So must the fake.
 */
export interface Params {
  get(name: string): string | undefined;
  getAll(name: string): string[];
  file(name: string): File | undefined;
}

export async function readParams(request: Request): Promise<Params> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
    const value = (name: string) => body[name] ?? body[`${name}[]`];
    const asText = (item: unknown) => (typeof item === "string" ? item : typeof item === "number" || typeof item === "boolean" ? String(item) : JSON.stringify(item));
    return {
      get: (name) => {
        const found = value(name);
        return found === undefined || found === null ? undefined : asText(found);
      },
      getAll: (name) => {
        const found = value(name);
        return Array.isArray(found) ? found.map(asText) : found === undefined || found === null ? [] : [asText(found)];
      },
      file: () => undefined,
    };
  }
  if (type.includes("multipart/form-data") || type.includes("application/x-www-form-urlencoded")) {
    const form = await request.formData().catch(() => new FormData());
    const text = (entry: ReturnType<FormData["get"]>) => (typeof entry === "string" ? entry : undefined);
    return {
      get: (name) => text(form.get(name)),
      getAll: (name) => [...form.getAll(`${name}[]`), ...form.getAll(name)].flatMap((entry) => (typeof entry === "string" ? [entry] : [])),
      file: (name) => {
        const entry = form.get(name);
        return entry && typeof entry !== "string" ? entry : undefined;
      },
    };
  }
  return { get: () => undefined, getAll: () => [], file: () => undefined };
}
