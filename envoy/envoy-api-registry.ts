/**
 * Envoy's own v3 API as a protobuf registry, built from the `.proto` files that
 * `@grpc/grpc-js-xds` ships, so envoy.yaml can be checked where Envoy cannot run.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createFileRegistry, fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import type { FileRegistry } from "@bufbuild/protobuf";

/** The API files whose messages envoy.yaml names, directly or through `@type`. */
export const ENVOY_API_FILES = [
  "envoy/config/bootstrap/v3/bootstrap.proto",
  "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.proto",
  "envoy/extensions/filters/http/grpc_web/v3/grpc_web.proto",
  "envoy/extensions/filters/http/cors/v3/cors.proto",
  "envoy/extensions/filters/http/router/v3/router.proto",
  "envoy/extensions/upstreams/http/v3/http_protocol_options.proto",
  "envoy/extensions/transport_sockets/tls/v3/tls.proto",
];

/** Returns the folder holding the Envoy API sources shipped by `@grpc/grpc-js-xds`. */
export function findEnvoyApiDeps(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@grpc/grpc-js-xds/package.json")), "deps");
}

/**
 * The shipped protoc-gen-validate is older than the shipped Envoy API, which already uses
 * `StringRules.ignore_empty` (field 26 upstream). Validation rules are options only and do
 * not change how config is parsed, so the missing option is declared in a patched copy.
 */
function patchValidateProto(source: string): string {
  if (/message StringRules \{[^}]*ignore_empty/.test(source)) {
    return source;
  }
  const patched = source.replace(
    /message StringRules \{/,
    "message StringRules {\n    optional bool ignore_empty = 26;",
  );
  if (patched === source) {
    throw new Error("validate.proto: message StringRules not found");
  }
  return patched;
}

/**
 * Returns a registry of every message and enum reachable from ENVOY_API_FILES.
 * Throws when `protoc` (Debian's /usr/bin/protoc) is missing or rejects the sources.
 */
export function buildEnvoyApiRegistry(depsDir = findEnvoyApiDeps()): FileRegistry {
  const work = mkdtempSync(join(tmpdir(), "envoy-api-"));
  try {
    const validateDir = join(work, "validate-include");
    mkdirSync(join(validateDir, "validate"), { recursive: true });
    const validateSource = readFileSync(
      join(depsDir, "protoc-gen-validate/validate/validate.proto"),
      "utf8",
    );
    writeFileSync(join(validateDir, "validate/validate.proto"), patchValidateProto(validateSource));
    const out = join(work, "envoy-api.binpb");
    const includes = [validateDir, "envoy-api", "xds", "googleapis", "protoc-gen-validate"].map(
      (dir) => (dir === validateDir ? `-I${dir}` : `-I${join(depsDir, dir)}`),
    );
    execFileSync(
      "protoc",
      [
        ...includes,
        "-I/usr/include",
        "--include_imports",
        `--descriptor_set_out=${out}`,
        ...ENVOY_API_FILES,
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    return createFileRegistry(fromBinary(FileDescriptorSetSchema, readFileSync(out)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
