import { describe, expect, it } from "vitest";
import { DataType } from "../../../protocol/generated/serving-1.3/ms_service";
import { readRestTensor } from "./json-to-tensor";
import { readRestJson } from "./rest-json";

const utf8 = new TextEncoder();
const readText = (json: string) => readRestTensor(readRestJson(utf8.encode(json)));
const b64 = (bytes: ArrayBufferView) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");

describe("readRestTensor()", () => {
  it("reads JSON scalars as 0-d int32, float32, bool and string tensors", () => {
    expect(readText("7")).toEqual({
      dtype: DataType.MS_INT32,
      dims: [],
      data: new Uint8Array(new Int32Array([7]).buffer),
      bytesVal: [],
    });
    expect(readText("7.0")).toMatchObject({
      dtype: DataType.MS_FLOAT32,
      data: new Uint8Array(new Float32Array([7]).buffer),
    });
    expect(readText("1e2")).toMatchObject({ dtype: DataType.MS_FLOAT32 });
    expect(readText("true")).toMatchObject({ dtype: DataType.MS_BOOL, data: new Uint8Array([1]) });
    expect(readText('"tabby"')).toEqual({
      dtype: DataType.MS_STRING,
      dims: [],
      data: new Uint8Array(0),
      bytesVal: [utf8.encode("tabby")],
    });
  });

  it("reads nested arrays in C order with the shape of their nesting", () => {
    expect(readText("[[1.0, 2.5], [3.0, 4.0]]")).toEqual({
      dtype: DataType.MS_FLOAT32,
      dims: [2, 2],
      data: new Uint8Array(new Float32Array([1, 2.5, 3, 4]).buffer),
      bytesVal: [],
    });
    expect(readText("[[1, -2, 3]]")).toMatchObject({
      dtype: DataType.MS_INT32,
      dims: [1, 3],
      data: new Uint8Array(new Int32Array([1, -2, 3]).buffer),
    });
    expect(readText('["one"]')).toMatchObject({ dtype: DataType.MS_STRING, dims: [1] });
  });

  it("reads b64 objects with type and shape, and bytes without a type", () => {
    const values = new Float64Array([1.5, -2, 3, 4]);
    expect(readText(`{"b64": "${b64(values)}", "type": "fp64", "shape": [2, 2]}`)).toEqual({
      dtype: DataType.MS_FLOAT64,
      dims: [2, 2],
      data: new Uint8Array(values.buffer),
      bytesVal: [],
    });
    expect(readText('{"b64": "AAEC"}')).toEqual({
      dtype: DataType.MS_BYTES,
      dims: [],
      data: new Uint8Array(0),
      bytesVal: [new Uint8Array([0, 1, 2])],
    });
    expect(readText('[{"b64": "AAEC"}]')).toMatchObject({
      dtype: DataType.MS_BYTES,
      dims: [1],
      bytesVal: [new Uint8Array([0, 1, 2])],
    });
  });

  it.each([
    ["null", "json value is null, it is not supported"],
    ["[]", "json array, shape is empty"],
    ["[[]]", "json array, data type is unknown"],
    ["[null]", "json array, data type is unknown"],
    ["[1, 2.5]", "json array, elements type is not equal"],
    ["[[1, 2], [3]]", "invalid json array: json size is 1, the dim 1 expected to be 2"],
    ["[[1, 2], 3]", "invalid json array: json type is not array"],
    ["[[1], [[2]]]", "json array, data should be number, bool, string or bytes"],
    ['["a", "b"]', "json array, string or bytes type only support one item"],
    [
      '[{"b64": "AAAA", "type": "fp32"}]',
      "json array, item is object type, object only support string or bytes type",
    ],
    ["{}", "json object, value is empty"],
    [
      '{"b64": "AAAA", "type": "fp32", "shape": [1], "x": 1}',
      "json object, items size is more than 3, only support specified ['b64', 'type', 'shape']",
    ],
    ['{"type": "fp32", "shape": [1]}', "json object, 'b64' should be specified only one time"],
    ['{"b64": "AAAA", "a": 1}', "json object, key is not ['b64', 'type', 'shape'], fail key:a"],
    ['{"b64": "AAAA", "type": "float128"}', "json object, specified type:'float128' is illegal"],
    ['{"b64": "AAAA", "type": 3}', "json object, key is 'type', value should be string type"],
    ['{"b64": "AAAA", "shape": 3}', "json object, key is 'shape', value should be array type"],
    [
      '{"b64": "AAAA", "shape": [-1]}',
      "json object, key is 'shape', array value should be unsigned integer",
    ],
    ['{"b64": "AAAA", "shape": [0, 1]}', "json object, key is 'shape', invalid shape value [0,1]"],
    [
      '{"b64": "AAAA", "shape": [3000000000]}',
      "json object, key is 'shape', number value should not be negative number, shape value: [3000000000]",
    ],
    [
      '{"b64": "AAAA", "type": "str", "shape": [2]}',
      "json object, only support scalar when data type is string or bytes, please check 'type' or 'shape'",
    ],
    ['{"b64": 5}', "get scalar data failed, type is string, but json is not string type"],
    ['{"b64": "AAA"}', "'AAA' is illegal b64 encode string"],
    ['{"b64": "AA!A"}', "'AA!A' is illegal b64 encode string"],
    [
      '{"b64": "AAAAAAAA", "type": "fp32", "shape": [2, 2]}',
      "size is not matched, decode base64 size:6; Given info: type:float32; type size:4; element nums:4",
    ],
  ])("refuses %s with Serving's text", (json, text) => {
    expect(() => readText(json)).toThrow(text);
  });

  it("refuses a shape far beyond its b64 data without allocating it", () => {
    expect(() =>
      readText('{"b64": "AAAA", "type": "fp64", "shape": [100000, 100000, 100000]}'),
    ).toThrow(
      "decode base64 size:3; Given info: type:float64; type size:8; element nums:1000000000000000",
    );
  });
});
