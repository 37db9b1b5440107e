import { describeMissingMethod, describeMissingServable } from "./error-texts";
import { RequestError } from "./errors";
import type { Servable, ServableMethod, ServableVersion } from "./servable-types";

/** What a request names: servable, method and version (0 = the latest). */
export interface MethodSpec {
  readonly servable: string;
  readonly method: string;
  readonly version: number;
}

/**
 * Returns the servable version and method a request names; version 0 picks the highest loaded version.
 * Throws RequestError with Serving's texts for an unknown servable, version or method.
 */
export function selectMethod(
  servables: ReadonlyMap<string, Servable>,
  spec: MethodSpec,
): { version: ServableVersion; method: ServableMethod } {
  const servable = servables.get(spec.servable);
  const number = spec.version === 0 ? Math.max(...(servable?.versions.keys() ?? [])) : spec.version;
  const version = servable?.versions.get(number);
  if (!version) {
    throw new RequestError(describeMissingServable(spec));
  }
  const method = version.methods.get(spec.method);
  if (!method) {
    throw new RequestError(describeMissingMethod(spec));
  }
  return { version, method };
}
