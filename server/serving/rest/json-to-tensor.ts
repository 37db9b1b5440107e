import { DataType } from "../../../src/serving/generated/serving-1.3/ms_service";
import { findDtype } from "../dtype-table";
import { countElements, type ServingTensor } from "../serving-tensor";
import { decodeRestBase64, measureRestBase64 } from "./rest-base64";
import { RestInputError } from "./rest-input-error";
import { isJsonObject, JsonNumber, sortedKeys, type JsonObject, type JsonValue } from "./rest-json";
import { findRestType, nameRestType } from "./rest-type-names";

const utf8 = new TextEncoder();
const isText = (dtype: DataType) => dtype === DataType.MS_STRING || dtype === DataType.MS_BYTES;
const fail = (text: string): never => {
  throw new RestInputError(text);
};

/** Returns the data type of an object value: its `type`, bytes without one, MS_UNKNOWN for a name Serving lacks. */
function objectType(value: JsonObject): DataType {
  const type = value.type;
  if (type === undefined) {
    return DataType.MS_BYTES;
  }
  return (typeof type === "string" ? findRestType(type) : undefined) ?? DataType.MS_UNKNOWN;
}

/** Whether a JSON scalar may fill an element of `dtype`: integers for integer types, floats for float types. */
function matchesType(value: JsonValue, dtype: DataType): boolean {
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
function writeElement(
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

function checkShape(shape: JsonValue): void {
  if (!Array.isArray(shape)) {
    fail("json object, key is 'shape', value should be array type");
    return;
  }
  let zeroBefore = false;
  for (const dim of shape) {
    if (zeroBefore) {
      fail(`json object, key is 'shape', invalid shape value ${dumpDims(shape)}`);
    }
    if (!(dim instanceof JsonNumber) || !dim.unsigned) {
      fail("json object, key is 'shape', array value should be unsigned integer");
      return;
    }
    // Serving reads the dimension as int32, so one past 2^31 is negative.
    const asInt32 = BigInt.asIntN(32, dim.integer ?? 0n);
    if (asInt32 < 0n) {
      fail(
        `json object, key is 'shape', number value should not be negative number, shape value: ${dumpDims(shape)}`,
      );
    }
    zeroBefore = asInt32 === 0n;
  }
}

function dumpDims(shape: JsonValue[]): string {
  return `[${shape.map((d) => (d instanceof JsonNumber ? String(d.integer ?? d.float) : "null")).join(",")}]`;
}

/** Checks a `{"b64", "type", "shape"}` object as Serving does, keys in sorted order. */
function checkObject(value: JsonObject): void {
  const keys = sortedKeys(value);
  if (keys.length === 0) {
    fail("json object, value is empty");
  }
  if (keys.length > 3) {
    fail("json object, items size is more than 3, only support specified ['b64', 'type', 'shape']");
  }
  for (const key of keys) {
    const item = value[key] ?? null;
    if (key === "type") {
      if (typeof item !== "string") {
        fail("json object, key is 'type', value should be string type");
      } else if (findRestType(item) === undefined) {
        fail(`json object, specified type:'${item}' is illegal`);
      }
    } else if (key === "shape") {
      checkShape(item);
    } else if (key !== "b64") {
      fail(`json object, key is not ['b64', 'type', 'shape'], fail key:${key}`);
    }
  }
  if (value.b64 === undefined) {
    fail("json object, 'b64' should be specified only one time");
  }
}

/** Returns the base64 text of an object's `b64`; Serving accepts only a JSON string there. */
function readB64(value: JsonValue | undefined): string {
  if (typeof value !== "string") {
    return fail("get scalar data failed, type is string, but json is not string type");
  }
  return value;
}

function readObject(value: JsonObject): ServingTensor {
  checkObject(value);
  const dtype = objectType(value);
  const shapeValue = value.shape;
  const dims = Array.isArray(shapeValue)
    ? shapeValue.map((d) =>
        d instanceof JsonNumber ? Number(BigInt.asUintN(32, d.integer ?? 0n)) : 0,
      )
    : [];
  const count = countElements(dims);
  if (isText(dtype) && count !== 1) {
    fail(
      "json object, only support scalar when data type is string or bytes, please check 'type' or 'shape'",
    );
  }
  const b64 = readB64(value.b64);
  if (isText(dtype)) {
    return { dtype, dims, data: new Uint8Array(0), bytesVal: [decodeRestBase64(b64)] };
  }
  const itemSize = findDtype(dtype)?.itemSize ?? 0;
  // The decoded size is known from the text alone, so a shape that disagrees is refused before decoding.
  const decodedSize = measureRestBase64(b64);
  if (decodedSize !== itemSize * count) {
    fail(
      `size is not matched, decode base64 size:${decodedSize}; Given info: type:${nameRestType(dtype)}; type size:${itemSize}; element nums:${count}`,
    );
  }
  return { dtype, dims, data: decodeRestBase64(b64), bytesVal: [] };
}

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

function readArray(value: JsonValue[]): ServingTensor {
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

/**
 * Returns the tensor of one instance input given in REST JSON: a scalar, a nested array, or a
 * `{"b64", "type", "shape"}` object. Throws RestInputError with Serving's text for a value it refuses.
 */
export function readRestTensor(value: JsonValue): ServingTensor {
  if (isJsonObject(value)) {
    return readObject(value);
  }
  return Array.isArray(value) ? readArray(value) : readScalar(value);
}
