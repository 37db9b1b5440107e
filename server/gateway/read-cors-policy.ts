/** The `CorsPolicy` of envoy.yaml (envoy.extensions.filters.http.cors.v3) as the gateway applies it. */
import { list, obj } from "./yaml-node";
import type { CorsPolicy, OriginMatcher } from "./cors";
import type { Node } from "./yaml-node";

function readOriginMatcher(node: Node): OriginMatcher {
  const ignoreCase = node.ignore_case === true;
  for (const kind of ["exact", "prefix", "suffix", "contains"] as const) {
    if (typeof node[kind] === "string") {
      return { [kind]: node[kind], ignoreCase } as OriginMatcher;
    }
  }
  if (node.safe_regex) {
    // RE2 matches the whole value, as anchoring the JavaScript RegExp does.
    return { regex: new RegExp(`^(?:${String(obj(node.safe_regex, "safe_regex").regex)})$`) };
  }
  throw new Error(`envoy config: unsupported origin matcher ${JSON.stringify(node)}`);
}

/** Returns the policy of a typed CorsPolicy mapping. Throws on matchers the gateway cannot apply. */
export function readCorsPolicy(node: Node): CorsPolicy {
  return {
    origins: list(node.allow_origin_string_match, "allow_origin_string_match").map(
      readOriginMatcher,
    ),
    allowMethods: String(node.allow_methods ?? ""),
    allowHeaders: String(node.allow_headers ?? ""),
    exposeHeaders: String(node.expose_headers ?? ""),
    maxAge: String(node.max_age ?? ""),
    allowCredentials: node.allow_credentials === true,
  };
}
