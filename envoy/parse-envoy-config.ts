/**
 * Reads an Envoy bootstrap YAML the way Envoy does: YAML → proto3 JSON mapping into
 * `envoy.config.bootstrap.v3.Bootstrap`, unknown fields and unknown `@type`s rejected.
 */
import { fromJson } from "@bufbuild/protobuf";
import { reflect } from "@bufbuild/protobuf/reflect";
import { anyUnpack } from "@bufbuild/protobuf/wkt";
import { parse } from "yaml";
import type { DescMessage, JsonValue, Message, Registry } from "@bufbuild/protobuf";
import type { ReflectMessage } from "@bufbuild/protobuf/reflect";

const BOOTSTRAP = "envoy.config.bootstrap.v3.Bootstrap";

/** A parsed bootstrap with the schema it was read against. */
export interface ParsedEnvoyConfig {
  schema: DescMessage;
  message: Message;
}

/**
 * Returns the Bootstrap message for `yamlText`. Throws on YAML syntax errors, duplicate keys,
 * unknown fields, wrongly typed values and `@type`s the registry cannot resolve.
 */
export function parseEnvoyConfig(yamlText: string, registry: Registry): ParsedEnvoyConfig {
  const schema = registry.getMessage(BOOTSTRAP);
  if (!schema) {
    throw new Error(`${BOOTSTRAP} is not in the registry`);
  }
  const json = parse(yamlText, { uniqueKeys: true }) as JsonValue;
  const message = fromJson(schema, json, { registry, ignoreUnknownFields: false });
  return { schema, message };
}

function collectFromMessage(
  r: ReflectMessage,
  registry: Registry,
  path: string,
  out: string[],
): void {
  if (r.desc.typeName === "google.protobuf.Any") {
    const inner = anyUnpack(r.message as never, registry);
    if (inner) {
      const innerDesc = registry.getMessage(inner.$typeName);
      if (innerDesc) {
        collectFromMessage(reflect(innerDesc, inner), registry, path, out);
      }
    }
    return;
  }
  for (const field of r.fields) {
    if (!r.isSet(field)) {
      continue;
    }
    const at = `${path}.${field.name}`;
    if (field.deprecated) {
      out.push(at);
    }
    if (field.fieldKind === "message") {
      collectFromMessage(r.get(field), registry, at, out);
    } else if (field.fieldKind === "list" && field.listKind === "message") {
      let i = 0;
      for (const item of r.get(field)) {
        collectFromMessage(item as ReflectMessage, registry, `${at}[${i++}]`, out);
      }
    } else if (field.fieldKind === "map" && field.mapKind === "message") {
      for (const [key, value] of r.get(field)) {
        collectFromMessage(value as ReflectMessage, registry, `${at}[${String(key)}]`, out);
      }
    }
  }
}

/** Returns the paths of every set field that Envoy's API marks deprecated, including inside `@type`d configs. */
export function findDeprecatedFields(config: ParsedEnvoyConfig, registry: Registry): string[] {
  const out: string[] = [];
  collectFromMessage(reflect(config.schema, config.message), registry, "bootstrap", out);
  return out;
}
