import { DataType } from "../../protocol/dtypes";
import { findDtype } from "./dtype-table";
import { countElements, type ServingTensor } from "./serving-tensor";
import type { ServingGeneration } from "./serving-generation";

// Serving prints a proto DataType with these names (proto_tensor.cc); MS_BOOL really is spelt this way.
const PROTO_NAMES: Readonly<Record<number, string>> = {
  [DataType.MS_UNKNOWN]: "proto::MS_UNKNOWN",
  [DataType.MS_BOOL]: "proto::kMSI_Bool",
  [DataType.MS_INT8]: "proto::MS_INT8",
  [DataType.MS_UINT8]: "proto::MS_UINT8",
  [DataType.MS_INT16]: "proto::MS_INT16",
  [DataType.MS_UINT16]: "proto::MS_UINT16",
  [DataType.MS_INT32]: "proto::MS_INT32",
  [DataType.MS_UINT32]: "proto::MS_UINT32",
  [DataType.MS_INT64]: "proto::MS_INT64",
  [DataType.MS_UINT64]: "proto::MS_UINT64",
  [DataType.MS_FLOAT16]: "proto::MS_FLOAT16",
  [DataType.MS_FLOAT32]: "proto::MS_FLOAT32",
  [DataType.MS_FLOAT64]: "proto::MS_FLOAT64",
  [DataType.MS_STRING]: "proto::MS_STRING",
  [DataType.MS_BYTES]: "proto::MS_BYTES",
};

const shapeText = (dims: readonly number[]) => `[${dims.join(", ")}]`;

/**
 * Returns why Serving refuses a request tensor (the detail of `Instances input X check failed`), or undefined
 * when it passes: strings and bytes hold one value of shape (1,) or (); numbers need a valid shape, a known
 * type and exactly as many data bytes as the shape needs. r1.2 and master differ in one space.
 */
export function checkRequestTensor(
  tensor: ServingTensor,
  generation: ServingGeneration,
): string | undefined {
  if (tensor.dtype === DataType.MS_BYTES || tensor.dtype === DataType.MS_STRING) {
    if (tensor.bytesVal.length !== 1) {
      return "Instance tensor check failed: bytes or string type shape batch size can only be 1";
    }
    const [first] = tensor.dims;
    if (tensor.dims.length > 1 || (first !== undefined && first !== 1)) {
      return `Instance tensor check failed: bytes or string type input  shape can only be (1,) or empty, but given shape is ${shapeText(tensor.dims)}`;
    }
    return undefined;
  }
  // A dimension after a zero dimension counts as invalid too, as Serving checks it.
  const zeroAt = tensor.dims.indexOf(0);
  if (tensor.dims.some((d, i) => d < 0 || (zeroAt >= 0 && i > zeroAt))) {
    return `Tensor check failed: input  shape ${shapeText(tensor.dims)} invalid`;
  }
  const itemSize = findDtype(tensor.dtype)?.itemSize ?? 0;
  if (itemSize === 0) {
    const name = PROTO_NAMES[tensor.dtype] ?? "proto::MS_UNKNOWN";
    const space = generation === "r1.2" ? "  " : " ";
    return `Tensor check failed: input${space}data type ${name} invalid`;
  }
  if (countElements(tensor.dims) * itemSize !== tensor.data.byteLength) {
    return `Tensor check failed: input data size ${tensor.data.byteLength} invalid`;
  }
  return undefined;
}
