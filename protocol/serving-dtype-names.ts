/** Serving's own names of the data types (`kMSI_Float32`, …), as its error texts spell them. */
import { isNumericDType } from "./dtypes";
import type { DType, NumericDType } from "./tensor-types";

/** Serving's name of each data type. */
export const SERVING_DTYPE_NAMES: Readonly<Record<DType, string>> = {
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

/** Returns the numeric dtype Serving names `name` (e.g. "kMSI_Int32" → "int32"), or undefined. */
export function numericDtypeOfServingName(name: string): NumericDType | undefined {
  const found = Object.entries(SERVING_DTYPE_NAMES).find(([, servingName]) => servingName === name);
  return found && isNumericDType(found[0]) ? found[0] : undefined;
}
