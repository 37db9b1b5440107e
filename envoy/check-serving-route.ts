/**
 * The route to Serving's gRPC port must be an exact `path:` match on the one RPC Serving offers:
 * a `prefix:` (or regex) match would forward any path under it, `..` and other methods included.
 */
import { walkConfig } from "./walk-config";
import type { ParsedEnvoyConfig } from "./parse-envoy-config";
import type { Registry } from "@bufbuild/protobuf";

/** The only path routed to Serving. */
export const PREDICT_PATH = "/mindspore.serving.proto.MSService/Predict";

/** The fields of `envoy.config.route.v3.Route` this check reads, as @bufbuild/protobuf holds them. */
interface RouteFields {
  match?: { pathSpecifier: { case: string | undefined; value?: unknown } };
  action: { case: string | undefined; value?: { clusterSpecifier?: { value?: unknown } } };
}

/**
 * Returns one problem per route to `cluster` whose match is not exactly `path: PREDICT_PATH`,
 * and one when no route reaches the cluster at all; an empty list when the config is right.
 */
export function checkServingRoute(
  config: ParsedEnvoyConfig,
  registry: Registry,
  cluster = "mindspore_serving",
): string[] {
  const problems: string[] = [];
  let found = 0;
  walkConfig(config, registry, (r, path) => {
    if (r.desc.typeName !== "envoy.config.route.v3.Route") {
      return;
    }
    const route = r.message as unknown as RouteFields;
    if (route.action.case !== "route" || route.action.value?.clusterSpecifier?.value !== cluster) {
      return;
    }
    found++;
    const specifier = route.match?.pathSpecifier;
    if (specifier?.case !== "path" || specifier.value !== PREDICT_PATH) {
      const actual = specifier?.case ? `${specifier.case}: ${String(specifier.value)}` : "none";
      problems.push(`${path}.match: expected path: ${PREDICT_PATH}, found ${actual}`);
    }
  });
  if (found === 0) {
    problems.push(`no route reaches cluster ${cluster}`);
  }
  return problems;
}
