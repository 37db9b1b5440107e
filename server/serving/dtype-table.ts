import { isNumericDType, numericDTypes, dtypeOfWire, wireDataType } from "../../protocol/dtypes";
import type { DataType } from "../../protocol/dtypes";
import type { DType } from "../../protocol/tensor-types";

/** What the server knows about one wire data type. */
export interface DtypeInfo {
  /** Serving's own name of the type, as its error texts spell it. */
  readonly name: string;
  /** Bytes per element; 0 for MS_STRING/MS_BYTES, which travel in bytes_val. */
  readonly itemSize: number;
}

// Only the names are Serving's own; codes and widths come from the protocol layer's table.
const NAMES: Readonly<Record<DType, string>> = {
  bool: "kMSI_Bool",
  int8: "kMSI_Int8",
  uint8: "kMSI_Uint8",
  int16: "kMSI_Int16",
  uint16: "kMSI_Uint16",
  int32: "kMSI_Int32",
  uint32: "kMSI_Uint32",
  int64: "kMSI_Int64",
  uint64: "kMSI_Uint64",
  float16: "kMSI_Float16",
  float32: "kMSI_Float32",
  float64: "kMSI_Float64",
  string: "kMSI_String",
  bytes: "kMSI_Bytes",
};

/** Returns the table entry of a data type, or undefined for MS_UNKNOWN and numbers outside the enum. */
export function findDtype(code: number): DtypeInfo | undefined {
  const dtype = dtypeOfWire(code);
  if (dtype === undefined) {
    return undefined;
  }
  return { name: NAMES[dtype], itemSize: isNumericDType(dtype) ? numericDTypes[dtype].width : 0 };
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
