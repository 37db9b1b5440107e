import { type DraftInstance, INPUT_KINDS } from "./draft-value";

const KINDS: ReadonlySet<string> = new Set(INPUT_KINDS);

/** Returns whether saved data has the shape of a draft instance (id, and values of known kinds). */
export function isDraftInstance(value: unknown): value is DraftInstance {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const { id, values } = value as Partial<DraftInstance>;
  return (
    typeof id === "string" &&
    typeof values === "object" &&
    values !== null &&
    Object.values(values).every((v) => typeof v === "object" && v !== null && KINDS.has(v.kind))
  );
}
