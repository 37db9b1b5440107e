/** A walk over every message of a parsed Envoy config, including inside `@type`d `Any` configs. */
import { reflect } from "@bufbuild/protobuf/reflect";
import { anyUnpack } from "@bufbuild/protobuf/wkt";
import type { ParsedEnvoyConfig } from "./parse-envoy-config";
import type { Registry } from "@bufbuild/protobuf";
import type { ReflectMessage } from "@bufbuild/protobuf/reflect";

/** Called for each message with its path from the bootstrap, e.g. `bootstrap.admin.address`. */
export type VisitMessage = (message: ReflectMessage, path: string) => void;

function walk(r: ReflectMessage, registry: Registry, path: string, visit: VisitMessage): void {
  if (r.desc.typeName === "google.protobuf.Any") {
    const inner = anyUnpack(r.message as never, registry);
    const innerDesc = inner && registry.getMessage(inner.$typeName);
    if (inner && innerDesc) {
      walk(reflect(innerDesc, inner), registry, path, visit);
    }
    return;
  }
  visit(r, path);
  for (const field of r.fields) {
    if (!r.isSet(field)) {
      continue;
    }
    const at = `${path}.${field.name}`;
    if (field.fieldKind === "message") {
      walk(r.get(field), registry, at, visit);
    } else if (field.fieldKind === "list" && field.listKind === "message") {
      let i = 0;
      for (const item of r.get(field)) {
        walk(item as ReflectMessage, registry, `${at}[${i++}]`, visit);
      }
    } else if (field.fieldKind === "map" && field.mapKind === "message") {
      for (const [key, value] of r.get(field)) {
        walk(value as ReflectMessage, registry, `${at}[${String(key)}]`, visit);
      }
    }
  }
}

/** Calls `visit` for the bootstrap and every message below it, depth first. */
export function walkConfig(
  config: ParsedEnvoyConfig,
  registry: Registry,
  visit: VisitMessage,
): void {
  walk(reflect(config.schema, config.message), registry, "bootstrap", visit);
}
