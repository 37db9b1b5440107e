import { describe, expect, it } from "vitest";
import { DataType } from "../../../protocol/generated/serving-1.3/ms_service";
import { numericTensor } from "../testing/tensor-fixtures";
import { writeTensorJson } from "./tensor-to-json";
import { writeRestReply } from "./write-rest-reply";

const utf8 = new TextEncoder();
const text = (dims: number[], ...values: string[]) => ({
  dtype: DataType.MS_STRING,
  dims,
  data: new Uint8Array(0),
  bytesVal: values.map((v) => utf8.encode(v)),
});

describe("writeTensorJson()", () => {
  it("writes numeric tensors as nested arrays, floats with a decimal point", () => {
    expect(
      writeTensorJson(numericTensor(DataType.MS_FLOAT32, [2, 2], new Float32Array([2, 4, 6, 8.5]))),
    ).toBe("[[2.0,4.0],[6.0,8.5]]");
    expect(
      writeTensorJson(
        numericTensor(DataType.MS_INT64, [3], new BigInt64Array([1n, -(2n ** 62n), 3n])),
      ),
    ).toBe("[1,-4611686018427387904,3]");
    expect(writeTensorJson(numericTensor(DataType.MS_UINT8, [2, 0], new Uint8Array(0)))).toBe(
      "[[],[]]",
    );
  });

  it("writes a 0-d tensor as a scalar", () => {
    expect(writeTensorJson(numericTensor(DataType.MS_INT32, [], new Int32Array([-5])))).toBe("-5");
    expect(writeTensorJson({ ...text([], 'a"b\n'), dims: [] })).toBe('"a\\"b\\n"');
    expect(writeTensorJson(numericTensor(DataType.MS_BOOL, [], new Uint8Array([1])))).toBe("true");
  });

  it("writes strings as JSON strings and bytes as b64 objects", () => {
    expect(writeTensorJson(text([1], "tabby, tabby cat"))).toBe('["tabby, tabby cat"]');
    expect(
      writeTensorJson({
        dtype: DataType.MS_BYTES,
        dims: [1],
        data: new Uint8Array(0),
        bytesVal: [new Uint8Array([0, 255])],
      }),
    ).toBe('[{"b64":"AP8="}]');
  });

  it("refuses what Serving cannot write, with its texts", () => {
    expect(() => writeTensorJson(text([1, 1], "x"))).toThrow(
      "reply string or bytes, shape should be 1, given shape size:2",
    );
    expect(() => writeTensorJson(text([2], "x"))).toThrow(
      "reply string, index:1 is more than size:1",
    );
    expect(() =>
      writeTensorJson(numericTensor(DataType.MS_FLOAT32, [4], new Float32Array(2))),
    ).toThrow("is less than its shape needs");
  });
});

describe("writeRestReply()", () => {
  it("writes outputs with sorted keys and per-instance errors", () => {
    const outputs = new Map([
      ["score", numericTensor(DataType.MS_FLOAT32, [1], new Float32Array([0.5]))],
      ["label", text([], "cat")],
    ]);
    expect(writeRestReply({ instances: [{ outputs }, { error: "bad input", code: 2 }] })).toBe(
      '{"instances":[{"label":"cat","score":[0.5]},{"error_msg":"bad input"}]}',
    );
  });

  it("writes a whole-request error", () => {
    expect(writeRestReply({ error: "Instances count of request cannot be 0" })).toBe(
      '{"error_msg":"Instances count of request cannot be 0"}',
    );
  });
});
