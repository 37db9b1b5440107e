import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { parseRestReply } from "./parse-rest-reply";

const result = (body: string, sent: number) => parseRestReply(body, sent).result;

describe("parseRestReply()", () => {
  it("reads float literals as float32 when every value is one, keeping the nesting as shape", () => {
    expect(result('{"instances":[{"y":[[2.0,4.0],[6.0,8.100000381469727]]}]}', 1)).toEqual({
      ok: true,
      instances: [
        {
          outputs: {
            y: {
              kind: "tensor",
              dtype: "float32",
              shape: [2, 2],
              data: new Float32Array([2, 4, 6, 8.1]),
            },
          },
        },
      ],
    });
  });

  it("reads floats that are not float32 as float64, and null among floats as NaN", () => {
    const y = result('{"instances":[{"y":[0.1,null]}]}', 1);
    expect(y).toEqual({
      ok: true,
      instances: [
        {
          outputs: {
            y: { kind: "tensor", dtype: "float64", shape: [2], data: new Float64Array([0.1, NaN]) },
          },
        },
      ],
    });
  });

  it("reads integers as int32 when they fit, else int64 or uint64, exactly beyond 2^53", () => {
    const outputs = (body: string) => {
      const r = result(`{"instances":[{"v":${body}}]}`, 1);
      return r.ok && "outputs" in r.instances[0]! ? r.instances[0].outputs.v : undefined;
    };
    expect(outputs("[1,-2]")).toEqual({
      kind: "tensor",
      dtype: "int32",
      shape: [2],
      data: new Int32Array([1, -2]),
    });
    expect(outputs("[9007199254740993,1]")).toEqual({
      kind: "tensor",
      dtype: "int64",
      shape: [2],
      data: new BigInt64Array([9007199254740993n, 1n]),
    });
    expect(outputs("[18446744073709551615]")).toEqual({
      kind: "scalar",
      dtype: "uint64",
      shape: [1],
      value: 18446744073709551615n,
    });
    expect(outputs("[[true],[false]]")).toEqual({
      kind: "tensor",
      dtype: "bool",
      shape: [2, 1],
      data: new Uint8Array([1, 0]),
    });
    expect(outputs("3")).toEqual({ kind: "scalar", dtype: "int32", shape: [], value: 3 });
  });

  it("reads strings and b64 bytes as the gRPC path decodes MS_STRING and MS_BYTES", () => {
    expect(
      result('{"instances":[{"label":["tabby cat"],"raw":{"b64":"/9gA"},"many":["a","b"]}]}', 1),
    ).toEqual({
      ok: true,
      instances: [
        {
          outputs: {
            label: { kind: "string", shape: [1], value: "tabby cat" },
            raw: { kind: "bytes", shape: [], value: new Uint8Array([0xff, 0xd8, 0]) },
            many: { kind: "strings", shape: [2], values: ["a", "b"] },
          },
        },
      ],
    });
  });

  it("keeps per-instance error_msg beside the other instances' outputs", () => {
    expect(result('{"instances":[{"error_msg":"Preprocess Failed"},{"y":[1.5,2.5]}]}', 2)).toEqual({
      ok: true,
      instances: [
        { error: "Preprocess Failed" },
        {
          outputs: {
            y: { kind: "tensor", dtype: "float32", shape: [2], data: new Float32Array([1.5, 2.5]) },
          },
        },
      ],
    });
  });

  it("reads a whole-request error_msg as the request's error", () => {
    expect(
      result('{"error_msg":"Request servable(add) method(x) , method is not available"}', 3),
    ).toEqual({
      ok: false,
      cause: "not-available",
      error: "Request servable(add) method(x) , method is not available",
    });
  });

  it("marks ragged arrays, mixed kinds and bad b64 as invalid outputs, not the whole reply", () => {
    const r = result('{"instances":[{"a":[[1],[2,3]],"b":[1,"x"],"c":{"b64":"%%"}}]}', 1);
    expect(r.ok && r.instances[0]).toEqual({
      outputs: {
        a: expect.objectContaining({ kind: "invalid" }),
        b: expect.objectContaining({ kind: "invalid", error: "the array mixes value kinds" }),
        c: expect.objectContaining({ kind: "invalid" }),
      },
    });
  });

  it("answers with a protocol error for JSON that is not a predict reply", () => {
    expect(result("<html>", 1)).toMatchObject({
      ok: false,
      cause: "protocol-error",
      error: expect.stringMatching(/^Protocol error: the REST reply is not JSON/),
    });
    expect(result("[1]", 1)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a JSON object/),
    });
    expect(result('{"instances":[{"y":1.0}]}', 2)).toEqual({
      ok: false,
      cause: "protocol-error",
      error: "Protocol error: the REST reply has 1 instances for 2 sent",
    });
    expect(result('{"instances":[7]}', 1)).toMatchObject({ ok: false, cause: "protocol-error" });
    expect(result("{}", 1)).toMatchObject({ ok: false, cause: "protocol-error" });
  });

  it("reads an empty nested array as an empty tensor of that shape", () => {
    const r = result('{"instances":[{"y":[[],[]]}]}', 1);
    expect(r.ok && r.instances[0]).toEqual({
      outputs: {
        y: { kind: "tensor", dtype: "float32", shape: [2, 0], data: new Float32Array(0) },
      },
    });
  });

  it("reads float16 values Serving writes as floats as float32", () => {
    const half = new Float16Array([0.333251953125]);
    const r = result(`{"instances":[{"h":${half[0]}}]}`, 1);
    expect(r.ok && r.instances[0]).toEqual({
      outputs: { h: { kind: "scalar", dtype: "float32", shape: [], value: 0.333251953125 } },
    });
  });
});
