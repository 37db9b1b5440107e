import { dtypeOfOrtType, findDtype, nameDtype } from "./dtype-table";
import { describeDtypeMismatch, describeSizeMismatch } from "./error-texts";
import { InstanceError } from "./errors";
import { countElements, type ServingTensor } from "./serving-tensor";
import type { ModelTensorInfo } from "./servable-types";

/**
 * Throws InstanceError, worded as Serving words it, unless `tensor` fits model input `index`: as in Serving,
 * its byte size is checked first, then its data type, and never its shape (a float32 (4,) feeds a 2x2
 * input). A model input with a dynamic dimension (-1) has no fixed size, so only its data type is checked.
 */
export function checkModelInput(index: number, tensor: ServingTensor, info: ModelTensorInfo): void {
  const wanted = dtypeOfOrtType(info.type) ?? 0;
  if (info.dims.every((d) => d >= 0)) {
    const wantedSize = countElements(info.dims) * (findDtype(wanted)?.itemSize ?? 0);
    if (tensor.data.byteLength !== wantedSize) {
      throw new InstanceError(describeSizeMismatch(index, tensor.data.byteLength, wantedSize));
    }
  }
  if (tensor.dtype !== wanted) {
    throw new InstanceError(
      describeDtypeMismatch(index, nameDtype(tensor.dtype), nameDtype(wanted)),
    );
  }
}
