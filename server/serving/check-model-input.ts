import { dtypeOfOrtType, findDtype, nameDtype } from "./dtype-table";
import { describeDtypeMismatch, describeShapeMismatch, describeSizeMismatch } from "./error-texts";
import { InstanceError } from "./errors";
import { countElements, type ServingTensor } from "./serving-tensor";
import type { ModelTensorInfo } from "./servable-types";

/**
 * Throws InstanceError, worded as Serving words it, unless `tensor` has the data type, byte size and shape
 * that model input `index` declares (dims of -1 match any size).
 */
export function checkModelInput(index: number, tensor: ServingTensor, info: ModelTensorInfo): void {
  const wanted = dtypeOfOrtType(info.type);
  if (tensor.dtype !== wanted) {
    throw new InstanceError(
      describeDtypeMismatch(index, nameDtype(tensor.dtype), nameDtype(wanted ?? 0)),
    );
  }
  if (info.dims.some((d) => d < 0)) {
    return;
  }
  const itemSize = findDtype(tensor.dtype)?.itemSize ?? 0;
  const size = countElements(tensor.dims) * itemSize;
  const wantedSize = countElements(info.dims) * itemSize;
  if (size !== wantedSize) {
    throw new InstanceError(describeSizeMismatch(index, size, wantedSize));
  }
  if (tensor.dims.length !== info.dims.length || tensor.dims.some((d, i) => d !== info.dims[i])) {
    throw new InstanceError(describeShapeMismatch(index, tensor.dims, info.dims));
  }
}
