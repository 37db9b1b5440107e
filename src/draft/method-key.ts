/**
 * The key under which a method keeps its own draft: servable name and method name. The version is
 * not part of it: versions of one method take the same inputs, and comparing versions runs one
 * draft on each.
 */
export function methodKey(servable: string, method: string): string {
  return `${servable}\u0000${method}`;
}

/** Returns the servable and method names of a key made by `methodKey`. */
export function splitMethodKey(key: string): { servable: string; method: string } {
  const at = key.indexOf("\u0000");
  return at < 0
    ? { servable: key, method: "" }
    : { servable: key.slice(0, at), method: key.slice(at + 1) };
}
