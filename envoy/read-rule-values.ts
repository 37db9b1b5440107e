/** Reading protoc-gen-validate rules and the config values they constrain as plain numbers. */
import { isReflectMessage } from "@bufbuild/protobuf/reflect";
import type { ReflectMessage } from "@bufbuild/protobuf/reflect";

/** Returns a google.protobuf.Duration in seconds. */
function durationSeconds(duration: Record<string, unknown>): number {
  return Number(duration.seconds ?? 0) + Number(duration.nanos ?? 0) / 1e9;
}

/** Returns a field value as a number: scalars, wrappers (UInt32Value…), Durations in seconds. */
export function readActual(value: unknown): number | undefined {
  if (typeof value === "number" || typeof value === "bigint") {
    return Number(value);
  }
  if (isReflectMessage(value)) {
    const fields = value.message as unknown as Record<string, unknown>;
    return value.desc.typeName === "google.protobuf.Duration"
      ? durationSeconds(fields)
      : readActual(fields.value);
  }
  return undefined;
}

/** Returns the rule `name` of `rules` when it is set (proto2 presence), else undefined. */
export function readRule(rules: ReflectMessage | undefined, name: string): unknown {
  const field = rules?.desc.fields.find((f) => f.name === name);
  return rules && field && rules.isSet(field) ? rules.get(field) : undefined;
}
