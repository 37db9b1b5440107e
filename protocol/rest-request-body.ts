/**
 * The JSON body of a Serving RESTful request (master/restful): `{"instances": [{name: value}]}`.
 * Serving reads a JSON integer as int32, a JSON number with a decimal point or exponent as float32,
 * true/false as bool and a JSON string as MS_STRING, each with the shape of the nesting; anything
 * else keeps its dtype and shape only as `{"b64", "type", "shape"}`.
 */
import { encodeBase64 } from "../shared/base64";
import { dtypeOfWire, numericDTypes } from "./dtypes";
import type { NumericDType } from "./tensor-types";
import type { WireInstance, WireTensor } from "./wire-tensor";

const utf8 = new TextDecoder();

/** A JSON value written as raw text (numbers must keep their decimal point, which JSON.stringify drops). */
type JsonText = string;

/** Returns the REST request body for already-encoded instances, as JSON text. */
export function buildRestBody(instances: readonly WireInstance[]): string {
  const items = instances.map(
    (instance) =>
      `{${instance.map(([name, tensor]) => `${JSON.stringify(name)}:${tensorJson(tensor)}`).join(",")}}`,
  );
  return `{"instances":[${items.join(",")}]}`;
}

/** Returns the REST JSON of one tensor: plain JSON where Serving reads back the same dtype and shape, else b64. */
export function tensorJson(tensor: WireTensor): JsonText {
  const dtype = dtypeOfWire(tensor.dtype);
  const count = tensor.dims.reduce((product, dim) => product * dim, 1);
  // Nested arrays cannot say a dim is 0 (Serving stops at the first empty array).
  const nestable = count > 0;
  switch (dtype) {
    case "string":
      return nest(tensor.dims, [JSON.stringify(utf8.decode(onlyElement(tensor)))]);
    case "bytes":
      return b64Object(onlyElement(tensor), "bytes", tensor.dims);
    case undefined:
      throw new TypeError(`REST cannot carry a tensor of DataType ${tensor.dtype}`);
    default: {
      const literals = nestable ? plainLiterals(dtype, tensor.data, count) : undefined;
      return literals ? nest(tensor.dims, literals) : b64Object(tensor.data, dtype, tensor.dims);
    }
  }
}

// Only bool, int32 and finite float32 come back from plain JSON as the same dtype.
function plainLiterals(
  dtype: NumericDType,
  data: Uint8Array,
  count: number,
): JsonText[] | undefined {
  if (dtype !== "bool" && dtype !== "int32" && dtype !== "float32") {
    return undefined;
  }
  const values = numericDTypes[dtype].view(data.slice().buffer, 0, count) as ArrayLike<number>;
  const literals: JsonText[] = [];
  for (let i = 0; i < count; i++) {
    const value = values[i] ?? 0;
    if (dtype === "bool") {
      literals.push(value !== 0 ? "true" : "false");
    } else if (dtype === "int32") {
      literals.push(String(value));
    } else if (!Number.isFinite(value)) {
      return undefined;
    } else {
      literals.push(floatLiteral(value));
    }
  }
  return literals;
}

/** Returns the shortest text that reads back as `value` and that a JSON reader sees as a float. */
export function floatLiteral(value: number): JsonText {
  if (Object.is(value, -0)) {
    return "-0.0";
  }
  const text = String(value);
  return /^-?\d+$/.test(text) ? `${text}.0` : text;
}

// C order: the last dim varies fastest.
function nest(dims: readonly number[], leaves: readonly JsonText[]): JsonText {
  let level: JsonText[] = [...leaves];
  for (let d = dims.length - 1; d >= 0; d--) {
    const size = dims[d] ?? 1;
    const grouped: JsonText[] = [];
    for (let i = 0; i < level.length; i += size) {
      grouped.push(`[${level.slice(i, i + size).join(",")}]`);
    }
    level = grouped;
  }
  return level[0] ?? "null";
}

function b64Object(data: Uint8Array, type: string, dims: readonly number[]): JsonText {
  const shape = dims.length > 0 ? `,"shape":[${dims.join(",")}]` : "";
  return `{"b64":"${encodeBase64(data)}","type":"${type}"${shape}}`;
}

// Serving's REST API takes one string or bytes element per input ("only support scalar").
function onlyElement(tensor: WireTensor): Uint8Array {
  const only = tensor.bytesVal[0];
  if (tensor.bytesVal.length !== 1 || only === undefined) {
    throw new TypeError(
      `REST carries one string or bytes element per input, not ${tensor.bytesVal.length}`,
    );
  }
  return only;
}
