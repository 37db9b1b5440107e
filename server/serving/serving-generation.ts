import type { WireVersion } from "../../protocol/wire-version";

/**
 * Whose semantics a request gets: Serving r1.2's for the 1.1–1.2 layout, and for the ≥ 1.3 layout those of
 * master (its C++ request path is the same from r2.0 on; r1.3–r1.4 share its dispatch but not its stage texts).
 */
export type ServingGeneration = "r1.2" | "master";

/** Returns the generation whose behaviour answers a request sent in `wire`. */
export function generationOfWire(wire: WireVersion): ServingGeneration {
  return wire === "1.2" ? "r1.2" : "master";
}

/** Serving's status codes as `ErrorMsg.error_code` carries them (`common/status.h`). */
export const SERVING_STATUS = {
  FAILED: 1,
  INVALID_INPUTS: 2,
  SYSTEM_ERROR: 3,
} as const;
