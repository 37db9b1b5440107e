import { elementAt, viewElements } from "../../protocol/decode-tensor";
import { dtypeOfWire, isNumericDType } from "../../protocol/dtypes";
import { nameDtype } from "./dtype-table";
import { InstanceError } from "./errors";
import { countElements, type ServingTensor } from "./serving-tensor";

/**
 * Returns the values of a checked numeric tensor converted to float32, in C order.
 * Throws InstanceError for MS_STRING/MS_BYTES, which have no numeric value.
 */
export function castToFloat32(input: string, tensor: ServingTensor): Float32Array {
  const dtype = dtypeOfWire(tensor.dtype);
  if (!isNumericDType(dtype)) {
    throw new InstanceError(
      `Cannot cast input ${input} of data type ${nameDtype(tensor.dtype)} to kMSI_Float32`,
    );
  }
  const data = viewElements(dtype, tensor.data, countElements(tensor.dims));
  // elementAt reads a bool byte as true/false, so every non-zero byte casts to 1.
  return Float32Array.from({ length: data.length }, (_, i) => Number(elementAt(dtype, data, i)));
}

/** Returns a float32 tensor's values as an aligned Float32Array copy. */
export function readFloat32(tensor: ServingTensor): Float32Array {
  // Copying aligns the view: protobuf byte fields may start at any offset of the message buffer.
  return new Float32Array(tensor.data.slice().buffer);
}
