import { getFloat16 } from "@petamoriken/float16";
import { DataType } from "../../src/serving/generated/serving-1.3/ms_service";
import { nameDtype } from "./dtype-table";
import { InstanceError } from "./errors";
import { countElements, type ServingTensor } from "./serving-tensor";

type ReadElement = (view: DataView, offset: number) => number;

const READERS: Partial<Record<DataType, ReadElement>> = {
  [DataType.MS_BOOL]: (v, o) => (v.getUint8(o) === 0 ? 0 : 1),
  [DataType.MS_INT8]: (v, o) => v.getInt8(o),
  [DataType.MS_UINT8]: (v, o) => v.getUint8(o),
  [DataType.MS_INT16]: (v, o) => v.getInt16(o, true),
  [DataType.MS_UINT16]: (v, o) => v.getUint16(o, true),
  [DataType.MS_INT32]: (v, o) => v.getInt32(o, true),
  [DataType.MS_UINT32]: (v, o) => v.getUint32(o, true),
  [DataType.MS_INT64]: (v, o) => Number(v.getBigInt64(o, true)),
  [DataType.MS_UINT64]: (v, o) => Number(v.getBigUint64(o, true)),
  [DataType.MS_FLOAT16]: (v, o) => getFloat16(v, o, true),
  [DataType.MS_FLOAT32]: (v, o) => v.getFloat32(o, true),
  [DataType.MS_FLOAT64]: (v, o) => v.getFloat64(o, true),
};

/**
 * Returns the values of a checked numeric tensor converted to float32, in C order.
 * Throws InstanceError for MS_STRING/MS_BYTES, which have no numeric value.
 */
export function castToFloat32(input: string, tensor: ServingTensor): Float32Array {
  const read = READERS[tensor.dtype];
  if (!read) {
    throw new InstanceError(
      `Cannot cast input ${input} of data type ${nameDtype(tensor.dtype)} to kMSI_Float32`,
    );
  }
  const count = countElements(tensor.shape);
  const step = tensor.data.byteLength / Math.max(count, 1);
  const view = new DataView(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i += 1) {
    out[i] = read(view, i * step);
  }
  return out;
}

/** Returns a float32 tensor's values as an aligned Float32Array copy. */
export function readFloat32(tensor: ServingTensor): Float32Array {
  // Copying aligns the view: protobuf byte fields may start at any offset of the message buffer.
  return new Float32Array(tensor.data.slice().buffer);
}
