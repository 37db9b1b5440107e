/**
 * The protoc-gen-validate rules Envoy enforces when it loads a config (`(validate.rules)` on
 * fields, `(validate.required)` on oneofs): the subset that decides whether a bootstrap loads —
 * required messages and oneofs, string and list lengths, numeric and duration bounds.
 */
import { getOption, hasOption } from "@bufbuild/protobuf";
import { reflect } from "@bufbuild/protobuf/reflect";
import { readActual, readRule } from "./read-rule-values";
import { walkConfig } from "./walk-config";
import type { ParsedEnvoyConfig } from "./parse-envoy-config";
import type { DescExtension, DescField, Message, Registry } from "@bufbuild/protobuf";
import type { ReflectMessage } from "@bufbuild/protobuf/reflect";

function extension(registry: Registry, name: string): DescExtension {
  const ext = registry.getExtension(name);
  if (!ext) {
    throw new Error(`${name} is not in the registry`);
  }
  return ext;
}

function checkBounds(rules: ReflectMessage, actual: number, at: string, out: string[]): void {
  const [gt, gte, lt, lte] = ["gt", "gte", "lt", "lte"].map((name) =>
    readActual(readRule(rules, name)),
  );
  if ((gt !== undefined && !(actual > gt)) || (gte !== undefined && !(actual >= gte))) {
    out.push(`${at}: ${actual} is below the allowed range`);
  }
  if ((lt !== undefined && !(actual < lt)) || (lte !== undefined && !(actual <= lte))) {
    out.push(`${at}: ${actual} is above the allowed range`);
  }
}

/** proto3 fields without `optional` hold their zero value when unset, and rules still apply to it. */
const IMPLICIT_PRESENCE = 2;

function checkField(
  r: ReflectMessage,
  field: DescField,
  rules: ReflectMessage,
  at: string,
  out: string[],
): void {
  const typeField = rules.desc.oneofs
    .find((o) => o.name === "type")
    ?.fields.find((f) => rules.isSet(f));
  const typed = typeField ? (rules.get(typeField) as ReflectMessage) : undefined;
  const kind = typeField?.name;
  const zeroValued =
    field.fieldKind === "list" || field.fieldKind === "map" || field.presence === IMPLICIT_PRESENCE;
  if (!r.isSet(field) && (field.oneof || !zeroValued)) {
    // A rule on a member of a oneof applies only when that member is the one set.
    const message = readRule(rules, "message") as ReflectMessage | undefined;
    const required = readRule(message, "required") === true || readRule(typed, "required") === true;
    if (!field.oneof && required) {
      out.push(`${at}: required`);
    }
    return;
  }
  if (!kind || !typed) {
    return;
  }
  const value = r.get(field) as unknown;
  const atLeast = (name: string) => Number(readRule(typed, name) ?? 0);
  if (kind === "string" && typeof value === "string") {
    if ([...value].length < atLeast("min_len") || Buffer.byteLength(value) < atLeast("min_bytes")) {
      out.push(`${at}: string too short`);
    }
  } else if (kind === "repeated" || kind === "map") {
    const min = atLeast(kind === "map" ? "min_pairs" : "min_items");
    if ((value as { size: number }).size < min) {
      out.push(`${at}: needs at least ${min} entries`);
    }
  } else if (!["enum", "message", "any", "timestamp", "bytes", "bool"].includes(kind)) {
    const actual = readActual(value);
    if (actual !== undefined) {
      checkBounds(typed, actual, at, out);
    }
  }
}

/** Returns a description of each PGV rule the config breaks (empty when Envoy would accept it). */
export function checkConstraints(config: ParsedEnvoyConfig, registry: Registry): string[] {
  const fieldRules = extension(registry, "validate.rules");
  const oneofRequired = extension(registry, "validate.required");
  const rulesDesc = registry.getMessage("validate.FieldRules");
  if (!rulesDesc) {
    throw new Error("validate.FieldRules is not in the registry");
  }
  const out: string[] = [];
  walkConfig(config, registry, (r, path) => {
    for (const field of r.desc.fields) {
      if (hasOption(field, fieldRules)) {
        const rules = getOption(field, fieldRules) as Message;
        checkField(r, field, reflect(rulesDesc, rules), `${path}.${field.name}`, out);
      }
    }
    for (const oneof of r.desc.oneofs) {
      const required = hasOption(oneof, oneofRequired) && getOption(oneof, oneofRequired) === true;
      if (required && !oneof.fields.some((field) => r.isSet(field))) {
        out.push(`${path}: one of ${oneof.fields.map((f) => f.name).join(", ")} is required`);
      }
    }
  });
  return out;
}
