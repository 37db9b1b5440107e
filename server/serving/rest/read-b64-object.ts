import { findDtype } from "../dtype-table";
import { countElements, type ServingTensor } from "../serving-tensor";
import { decodeRestBase64, measureRestBase64 } from "./rest-base64";
import { fail, isText, objectType } from "./rest-element";
import { JsonNumber, sortedKeys, type JsonObject, type JsonValue } from "./rest-json";
import { findRestType, nameRestType } from "./rest-type-names";

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
export function readB64(value: JsonValue | undefined): string {
  if (typeof value !== "string") {
    return fail("get scalar data failed, type is string, but json is not string type");
  }
  return value;
}

/**
 * Returns the tensor of a `{"b64", "type", "shape"}` object. Throws RestInputError with Serving's text for an
 * object it refuses, and refuses a shape that disagrees with the base64 length before decoding anything.
 */
export function readB64Object(value: JsonObject): ServingTensor {
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
