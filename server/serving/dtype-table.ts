import { isNumericDType, numericDTypes, dtypeOfWire, wireDataType } from "../../protocol/dtypes";
import { SERVING_DTYPE_NAMES } from "../../protocol/serving-dtype-names";
import type { DataType } from "../../protocol/dtypes";

/** What the server knows about one wire data type. */
export interface DtypeInfo {
  /** Serving's own name of the type, as its error texts spell it. */
  readonly name: string;
  /** Bytes per element; 0 for MS_STRING/MS_BYTES, which travel in bytes_val. */
  readonly itemSize: number;
}

/** Returns the table entry of a data type, or undefined for MS_UNKNOWN and numbers outside the enum. */
export function findDtype(code: number): DtypeInfo | undefined {
  const dtype = dtypeOfWire(code);
  if (dtype === undefined) {
    return undefined;
  }
  return {
    name: SERVING_DTYPE_NAMES[dtype],
    itemSize: isNumericDType(dtype) ? numericDTypes[dtype].width : 0,
  };
}

/** Returns Serving's name of a data type (kMSI_Float32, ...), or kMSI_Unknown. */
export function nameDtype(code: number): string {
  return findDtype(code)?.name ?? "kMSI_Unknown";
}

/** Maps an onnxruntime tensor type to the wire data type; undefined where the wire has none. */
export function dtypeOfOrtType(type: string): DataType | undefined {
  // onnxruntime names element types as numpy does, as the protocol layer does; it has no bytes type.
  return isNumericDType(type) || type === "string" ? wireDataType(type) : undefined;
}
