import { DataType } from "../../../protocol/dtypes";
import { RestInputError } from "./rest-input-error";
import { JsonNumber, type JsonObject, type JsonValue } from "./rest-json";
import { findRestType } from "./rest-type-names";

/** Returns true for the data types that travel in bytes_val (MS_STRING, MS_BYTES). */
export const isText = (dtype: DataType): boolean =>
  dtype === DataType.MS_STRING || dtype === DataType.MS_BYTES;

/** Throws RestInputError with Serving's text. */
export const fail = (text: string): never => {
  throw new RestInputError(text);
};

/** Returns the data type of an object value: its `type`, bytes without one, MS_UNKNOWN for a name Serving lacks. */
export function objectType(value: JsonObject): DataType {
  const type = value.type;
  if (type === undefined) {
    return DataType.MS_BYTES;
  }
  return (typeof type === "string" ? findRestType(type) : undefined) ?? DataType.MS_UNKNOWN;
}

/** Whether a JSON scalar may fill an element of `dtype`: integers for integer types, floats for float types. */
export function matchesType(value: JsonValue, dtype: DataType): boolean {
  if (value instanceof JsonNumber) {
    return value.integer !== undefined
      ? dtype >= DataType.MS_INT8 && dtype <= DataType.MS_UINT64
      : dtype >= DataType.MS_FLOAT16 && dtype <= DataType.MS_FLOAT64;
  }
  if (typeof value === "string") {
    return dtype === DataType.MS_STRING;
  }
  return typeof value === "boolean" && dtype === DataType.MS_BOOL;
}

/** Writes element `index` of a JSON-filled tensor; only int32, float32 and bool arise from JSON values. */
export function writeElement(
  view: DataView,
  dtype: DataType,
  index: number,
  value: JsonNumber | boolean,
): void {
  if (typeof value === "boolean") {
    view.setUint8(index, value ? 1 : 0);
  } else if (dtype === DataType.MS_INT32) {
    // A 64-bit literal stored in int32 wraps, as Serving's cast does.
    view.setInt32(index * 4, Number(BigInt.asIntN(32, value.integer ?? 0n)), true);
  } else {
    view.setFloat32(index * 4, value.float, true);
  }
}
