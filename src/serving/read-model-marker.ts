import { STAND_IN_MODEL_HEADER, UNTRAINED_MODEL_VALUE } from "../../protocol/stand-in-model-header";

/**
 * Returns true when the reply headers' `x-stand-in-model` value says the stand-in's untrained model
 * answered, else undefined (the field stays absent for a real Serving or a trained model).
 */
export function readModelMarker(values: readonly string[]): true | undefined {
  return values.some((value) => value.trim().toLowerCase() === UNTRAINED_MODEL_VALUE)
    ? true
    : undefined;
}

/** The header name readModelMarker reads, lower-case as HTTP/2 and fetch give it. */
export const MODEL_MARKER_HEADER = STAND_IN_MODEL_HEADER;
