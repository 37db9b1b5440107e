/** Numeric arrays as plain buffers, so they cross to a worker by transfer. */
import { Float16Array } from "@petamoriken/float16";
import type { NumericArray, NumericDType } from "../../protocol/tensor-types";

/** A numeric array's own copy of its bytes, with the dtype to read them back. */
export interface PackedArray {
  dtype: NumericDType;
  buffer: ArrayBuffer;
}

/**
 * Returns a copy of the array's bytes (the original stays usable: the results view still shows it),
 * ready to be transferred.
 */
export function packArray(dtype: NumericDType, data: NumericArray): PackedArray {
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return { dtype, buffer: bytes.slice().buffer };
}

/** Returns the array a PackedArray holds. Throws when the byte length does not fit the dtype. */
export function unpackArray(packed: PackedArray): NumericArray {
  const { buffer } = packed;
  switch (packed.dtype) {
    case "bool":
    case "uint8":
      return new Uint8Array(buffer);
    case "int8":
      return new Int8Array(buffer);
    case "int16":
      return new Int16Array(buffer);
    case "uint16":
      return new Uint16Array(buffer);
    case "int32":
      return new Int32Array(buffer);
    case "uint32":
      return new Uint32Array(buffer);
    case "int64":
      return new BigInt64Array(buffer);
    case "uint64":
      return new BigUint64Array(buffer);
    case "float16":
      return new Float16Array(buffer);
    case "float32":
      return new Float32Array(buffer);
    case "float64":
      return new Float64Array(buffer);
  }
}
