import { DataType } from "../../../protocol/dtypes";
import { findDtype } from "../dtype-table";
import { countElements, type ServingTensor } from "../serving-tensor";
import { readB64 } from "./read-b64-object";
import { decodeRestBase64 } from "./rest-base64";
import { fail, isText, matchesType, objectType, writeElement } from "./rest-element";
import { isJsonObject, JsonNumber, type JsonValue } from "./rest-json";

const utf8 = new TextEncoder();

/** Returns the shape of a nested array from its first elements, as Serving infers it. */
function arrayShape(value: JsonValue[]): number[] {
  const dims: number[] = [];
  let level: JsonValue | undefined = value;
  while (Array.isArray(level) && level.length > 0) {
    dims.push(level.length);
    level = level[0];
  }
  return dims;
}

/** Returns the innermost first element of a nested array, or undefined when an array on the way is empty. */
function firstLeaf(value: JsonValue[]): JsonValue | undefined {
  let level: JsonValue | undefined = value;
  while (Array.isArray(level)) {
    level = level[0];
  }
  return level;
}

function leafType(leaf: JsonValue | undefined): DataType {
  if (leaf instanceof JsonNumber) {
    return leaf.integer !== undefined ? DataType.MS_INT32 : DataType.MS_FLOAT32;
  }
  if (typeof leaf === "boolean") {
    return DataType.MS_BOOL;
  }
  if (typeof leaf === "string") {
    return DataType.MS_STRING;
  }
  return isJsonObject(leaf) ? objectType(leaf) : DataType.MS_UNKNOWN;
}

/**
 * Returns the leaves of a nested array in C order, checking each level's length against `dims` and each
 * leaf's type, in the order Serving walks them, so the first error is the one Serving reports.
 */
function collectLeaves(
  value: JsonValue,
  dims: readonly number[],
  dtype: DataType,
  byObject: boolean,
): JsonValue[] {
  const leaves: JsonValue[] = [];
  const walk = (level: JsonValue, depth: number): void => {
    if (!Array.isArray(level)) {
      fail("invalid json array: json type is not array");
      return;
    }
    if (level.length !== dims[depth]) {
      fail(
        `invalid json array: json size is ${level.length}, the dim ${depth} expected to be ${dims[depth]}`,
      );
    }
    if (depth + 1 < dims.length) {
      level.forEach((item) => walk(item, depth + 1));
      return;
    }
    for (const leaf of level) {
      if (byObject) {
        const type = isJsonObject(leaf) ? objectType(leaf) : DataType.MS_UNKNOWN;
        if (!isText(type)) {
          fail("json array, object type only support string or bytes type");
        }
        if (type !== dtype) {
          fail("json array, elements type is not equal");
        }
      } else {
        const scalar =
          leaf instanceof JsonNumber || typeof leaf === "boolean" || typeof leaf === "string";
        if (!scalar) {
          fail("json array, data should be number, bool, string or bytes");
        }
        if (!matchesType(leaf, dtype)) {
          fail("json array, elements type is not equal");
        }
      }
      leaves.push(leaf);
    }
  };
  walk(value, 0);
  return leaves;
}

/** Returns the bytes_val entry of a text leaf: strings as UTF-8, objects by their `b64` (decoded for bytes only, as Serving does). */
function textEntry(leaf: JsonValue): Uint8Array {
  if (typeof leaf === "string") {
    return utf8.encode(leaf);
  }
  const object = isJsonObject(leaf) ? leaf : {};
  if (object.b64 === undefined) {
    return fail("json object, 'b64' should be specified only one time");
  }
  const b64 = readB64(object.b64);
  return objectType(object) === DataType.MS_BYTES ? decodeRestBase64(b64) : utf8.encode(b64);
}

/** Returns the tensor of a nested JSON array. Throws RestInputError with Serving's text for an array it refuses. */
export function readJsonArray(value: JsonValue[]): ServingTensor {
  const dims = arrayShape(value);
  if (dims.length === 0) {
    return fail("json array, shape is empty");
  }
  const leaf = firstLeaf(value);
  const dtype = leafType(leaf);
  if (dtype === DataType.MS_UNKNOWN) {
    return fail("json array, data type is unknown");
  }
  const count = countElements(dims);
  if (isText(dtype) && count !== 1) {
    fail("json array, string or bytes type only support one item");
  }
  const byObject = isJsonObject(leaf);
  if (byObject && !isText(dtype)) {
    fail("json array, item is object type, object only support string or bytes type");
  }
  const leaves = collectLeaves(value, dims, dtype, byObject);
  if (isText(dtype)) {
    return { dtype, dims, data: new Uint8Array(0), bytesVal: leaves.map(textEntry) };
  }
  // Every level was checked against the JSON itself, so the element count is bounded by the body size.
  const data = new Uint8Array(leaves.length * (findDtype(dtype)?.itemSize ?? 0));
  const view = new DataView(data.buffer);
  leaves.forEach((item, index) => {
    if (item instanceof JsonNumber || typeof item === "boolean") {
      writeElement(view, dtype, index, item);
    }
  });
  return { dtype, dims, data, bytesVal: [] };
}
