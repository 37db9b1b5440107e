/**
 * Reads an Envoy bootstrap YAML the way Envoy does: YAML → proto3 JSON mapping into
 * `envoy.config.bootstrap.v3.Bootstrap`, unknown fields and unknown `@type`s rejected.
 */
import { fromJson } from "@bufbuild/protobuf";
import { parse } from "yaml";
import { walkConfig } from "./walk-config";
import type { DescMessage, JsonValue, Message, Registry } from "@bufbuild/protobuf";

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

/** Returns the paths of every set field that Envoy's API marks deprecated, including inside `@type`d configs. */
export function findDeprecatedFields(config: ParsedEnvoyConfig, registry: Registry): string[] {
  const out: string[] = [];
  walkConfig(config, registry, (r, path) => {
    for (const field of r.fields) {
      if (field.deprecated && r.isSet(field)) {
        out.push(`${path}.${field.name}`);
      }
    }
  });
  return out;
}
