/** Navigation of a parsed YAML tree with errors that name the missing part. */

/** A YAML mapping. */
export type Node = Record<string, unknown>;

/** Returns `value` as a mapping. Throws naming `what` when it is not one. */
export function obj(value: unknown, what: string): Node {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`envoy config: ${what} missing`);
  }
  return value as Node;
}

/** Returns `value` as a non-empty list of mappings. Throws naming `what` otherwise. */
export function list(value: unknown, what: string): Node[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new Error(`envoy config: ${what} missing`);
  }
  return value.map((item, i) => obj(item, `${what}[${i}]`));
}

/** Returns the value at `keys` below `value`, or undefined where any level is missing. */
export function dig(value: unknown, ...keys: string[]): unknown {
  let at = value;
  for (const key of keys) {
    at = typeof at === "object" && at !== null ? (at as Node)[key] : undefined;
  }
  return at;
}
