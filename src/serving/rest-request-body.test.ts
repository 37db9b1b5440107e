import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { buildRestBody, floatLiteral, tensorJson } from "../../protocol/rest-request-body";
import { encodeBase64 } from "../../shared/base64";
import { encodeTensor } from "./encode-tensor";
import type { InstanceValue } from "./types";

const json = (value: InstanceValue): string => tensorJson(encodeTensor(value));

describe("tensorJson()", () => {
  it("writes float32 as nested arrays whose numbers keep a decimal point", () => {
    expect(
      json({
        kind: "tensor",
        dtype: "float32",
        shape: [2, 2],
        data: new Float32Array([1, 2.5, -3, 0.1]),
      }),
    ).toBe(`[[1.0,2.5],[-3.0,${Math.fround(0.1)}]]`);
  });

  it("writes int32 and bool as JSON integers and booleans in their nesting", () => {
    expect(
      json({
        kind: "tensor",
        dtype: "int32",
        shape: [3],
        data: new Int32Array([1, -2, 2147483647]),
      }),
    ).toBe("[1,-2,2147483647]");
    expect(
      json({ kind: "tensor", dtype: "bool", shape: [1, 2], data: new Uint8Array([1, 0]) }),
    ).toBe("[[true,false]]");
  });

  it("writes a 0-d float32 or int32 as a bare JSON number (Serving reads shape [])", () => {
    expect(json({ kind: "scalar", dtype: "float32", value: 2 })).toBe("2.0");
    expect(json({ kind: "scalar", dtype: "int32", value: 7 })).toBe("7");
  });

  it("sends dtypes JSON numbers would change as b64 with type and shape", () => {
    const int64 = new BigInt64Array([2n ** 60n + 1n, -1n]);
    expect(json({ kind: "tensor", dtype: "int64", shape: [2], data: int64 })).toBe(
      `{"b64":"${encodeBase64(new Uint8Array(int64.buffer))}","type":"int64","shape":[2]}`,
    );
    const half = new Float16Array([0.5, 1]);
    expect(json({ kind: "tensor", dtype: "float16", shape: [2, 1], data: half })).toBe(
      `{"b64":"${encodeBase64(new Uint8Array(half.buffer))}","type":"float16","shape":[2,1]}`,
    );
    // A plain JS number is int64 [1] or float64 [1], as the Python client sends it.
    expect(json(3)).toBe(
      `{"b64":"${encodeBase64(new Uint8Array(new BigInt64Array([3n]).buffer))}","type":"int64","shape":[1]}`,
    );
    expect(json({ kind: "scalar", dtype: "float64", value: 0.25 })).toBe(
      `{"b64":"${encodeBase64(new Uint8Array(new Float64Array([0.25]).buffer))}","type":"float64"}`,
    );
  });

  it("sends float32 holding NaN or Infinity, and tensors with a 0 dim, as b64", () => {
    const nan = new Float32Array([Number.NaN, 1]);
    expect(json({ kind: "tensor", dtype: "float32", shape: [2], data: nan })).toBe(
      `{"b64":"${encodeBase64(new Uint8Array(nan.buffer))}","type":"float32","shape":[2]}`,
    );
    expect(json({ kind: "tensor", dtype: "int32", shape: [2, 0], data: new Int32Array(0) })).toBe(
      '{"b64":"","type":"int32","shape":[2,0]}',
    );
  });

  it("writes a string as a one-element list and bytes as b64 of type bytes, both shape [1]", () => {
    expect(json('say "hi" ✓')).toBe('["say \\"hi\\" ✓"]');
    expect(json(new Uint8Array([0xff, 0xd8, 0x00]))).toBe(
      '{"b64":"/9gA","type":"bytes","shape":[1]}',
    );
  });
});

describe("floatLiteral()", () => {
  it("adds .0 to whole numbers, keeps -0 negative and leaves exponents alone", () => {
    expect(floatLiteral(3)).toBe("3.0");
    expect(floatLiteral(-0)).toBe("-0.0");
    expect(floatLiteral(1e21)).toBe("1e+21");
    expect(floatLiteral(1.5e-7)).toBe("1.5e-7");
  });
});

describe("buildRestBody()", () => {
  it("lists every instance under instances, inputs by name, as parseable JSON", () => {
    const body = buildRestBody([
      [["x1", encodeTensor({ kind: "scalar", dtype: "int32", value: 1 })]],
      [
        ["x1", encodeTensor({ kind: "scalar", dtype: "int32", value: 2 })],
        ['we"ird', encodeTensor("a")],
      ],
    ]);
    expect(body).toBe('{"instances":[{"x1":1},{"x1":2,"we\\"ird":["a"]}]}');
    expect(JSON.parse(body)).toEqual({ instances: [{ x1: 1 }, { x1: 2, 'we"ird': ["a"] }] });
  });
});
