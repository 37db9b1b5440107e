/** Reads raw little-endian tensor bytes into exact element texts (the form the draft edits). */
import { numericDTypes } from "../../protocol/dtypes";
import { formatArrayTexts } from "../tensor-files/format-element-text";
import { countShape } from "./tensor-limits";
import type { NumericDType } from "../../protocol/tensor-types";

/**
 * Returns the element texts of `data` as `dtype` in `shape`, or the reason the byte count does
 * not match (checked before anything is read).
 */
export function textsFromBytes(
  data: Uint8Array,
  dtype: NumericDType,
  shape: readonly number[],
): { texts: string[] } | { error: string } {
  const info = numericDTypes[dtype];
  const count = countShape(shape);
  if (data.byteLength !== count * info.width) {
    return {
      error: `${data.byteLength} bytes do not hold ${count} ${dtype} elements of shape (${shape.join(", ")}); that needs ${count * info.width}`,
    };
  }
  // A copy: the view needs aligned bytes of its own.
  const array = info.view(data.slice().buffer, 0, count);
  return { texts: formatArrayTexts({ dtype, shape: [...shape], data: array }) };
}
