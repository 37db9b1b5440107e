import { DataType } from "../../../protocol/dtypes";
import { findDtype } from "../dtype-table";
import { readB64Object } from "./read-b64-object";
import { readJsonArray } from "./read-json-array";
import { fail, writeElement } from "./rest-element";
import { isJsonObject, JsonNumber, type JsonValue } from "./rest-json";
import type { ServingTensor } from "../serving-tensor";

const utf8 = new TextEncoder();

function readScalar(value: JsonValue): ServingTensor {
  if (value === null) {
    return fail("json value is null, it is not supported");
  }
  if (typeof value === "string") {
    return {
      dtype: DataType.MS_STRING,
      dims: [],
      data: new Uint8Array(0),
      bytesVal: [utf8.encode(value)],
    };
  }
  if (typeof value !== "boolean" && !(value instanceof JsonNumber)) {
    return fail("json value type is unregistered");
  }
  const dtype =
    typeof value === "boolean"
      ? DataType.MS_BOOL
      : value.integer !== undefined
        ? DataType.MS_INT32
        : DataType.MS_FLOAT32;
  const data = new Uint8Array(findDtype(dtype)?.itemSize ?? 0);
  writeElement(new DataView(data.buffer), dtype, 0, value);
  return { dtype, dims: [], data, bytesVal: [] };
}

/**
 * Returns the tensor of one instance input given in REST JSON: a scalar, a nested array, or a
 * `{"b64", "type", "shape"}` object. Throws RestInputError with Serving's text for a value it refuses.
 */
export function readRestTensor(value: JsonValue): ServingTensor {
  if (isJsonObject(value)) {
    return readB64Object(value);
  }
  return Array.isArray(value) ? readJsonArray(value) : readScalar(value);
}
