/**
 * Serving's answer to a request without instances (common/servable.cc, master/dispacther.cc):
 * `Instances count of request cannot be 0`, to which r1.2 appends `, servable: <s>, method: <m>`.
 * A request that did carry instances gets it when Serving reads the other wire version's field.
 */
import type { InferResult, WireVersion } from "./types";

const ZERO_INSTANCES = /^Instances count of request cannot be 0(, servable: .*, method: .*)?$/s;

/** Returns true when `result` is Serving's whole-request "Instances count of request cannot be 0". */
export function isZeroInstancesError(result: InferResult): boolean {
  return (
    !result.ok &&
    (result.cause === "serving-error" || result.cause === "wire-mismatch") &&
    ZERO_INSTANCES.test(result.error)
  );
}

/** Returns the other wire version. */
export function otherWire(wire: WireVersion): WireVersion {
  return wire === "1.3" ? "1.2" : "1.3";
}

/**
 * Returns `result` as a "wire-mismatch" with `likelyWire` set to the other version when Serving
 * read no instances from a request in `wire` that carried `sentCount` > 0; otherwise `result` itself.
 */
export function markWireMismatch(
  result: InferResult,
  wire: WireVersion,
  sentCount: number,
): InferResult {
  if (result.ok || sentCount === 0 || !isZeroInstancesError(result)) {
    return result;
  }
  return { ...result, cause: "wire-mismatch", likelyWire: otherWire(wire) };
}
