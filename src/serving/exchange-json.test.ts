import { describe, expect, it } from "vitest";
import { DataType } from "../../protocol/generated/serving-1.3/ms_service";
import { encodeInstances } from "./encode-instances";
import { replyToJson, requestToJson, summarizeBytes, tensorToJson } from "./exchange-json";
import type { WireTensor } from "../../protocol/wire-tensor";

describe("summarizeBytes()", () => {
  it("shows short fields whole and long ones by size and head", () => {
    expect(summarizeBytes(new Uint8Array([0, 255]))).toBe("<2 bytes> 00ff");
    expect(summarizeBytes(new Uint8Array(0))).toBe("<0 bytes>");
    expect(summarizeBytes(new Uint8Array(4096).fill(0xab))).toBe(
      `<4096 bytes> ${"ab".repeat(16)}…`,
    );
  });
});

describe("tensorToJson()", () => {
  it("lists the values of small numeric tensors, as strings where JSON has no number", () => {
    const [[[, t]]] = encodeInstances({
      x: { kind: "tensor", dtype: "int64", shape: [2], data: new BigInt64Array([1n, 2n ** 60n]) },
    }) as [[[string, WireTensor]]];
    expect(tensorToJson(t)).toEqual({
      shape: { dims: [2] },
      dtype: "MS_INT64",
      data: "<16 bytes> 01000000000000000000000000000010",
      values: ["1", "1152921504606846976"],
    });
    const [[[, f]]] = encodeInstances({
      f: { kind: "tensor", dtype: "float64", shape: [2], data: new Float64Array([NaN, 0.5]) },
    }) as [[[string, WireTensor]]];
    expect(tensorToJson(f).values).toEqual(["NaN", 0.5]);
    const [[[, b]]] = encodeInstances({
      b: { kind: "tensor", dtype: "bool", shape: [2], data: new Uint8Array([1, 0]) },
    }) as [[[string, WireTensor]]];
    expect(tensorToJson(b).values).toEqual([true, false]);
  });

  it("summarizes large tensors without values", () => {
    const [[[, t]]] = encodeInstances({
      img: {
        kind: "tensor",
        dtype: "float32",
        shape: [3, 224, 224],
        data: new Float32Array(3 * 224 * 224),
      },
    }) as [[[string, WireTensor]]];
    const view = tensorToJson(t);
    expect(view.data).toBe(`<602112 bytes> ${"00".repeat(16)}…`);
    expect(view.values).toBeUndefined();
  });

  it("shows strings as text and bytes summarized", () => {
    const [[[, image], [, label]]] = encodeInstances({
      image: new Uint8Array(5000),
      label: "tabby",
    }) as [[[string, WireTensor], [string, WireTensor]]];
    expect(tensorToJson(image)).toEqual({
      shape: { dims: [1] },
      dtype: "MS_BYTES",
      bytes_val: [`<5000 bytes> ${"00".repeat(16)}…`],
    });
    expect(tensorToJson(label)).toEqual({
      shape: { dims: [1] },
      dtype: "MS_STRING",
      bytes_val: ["tabby"],
    });
  });
});

describe("requestToJson() and replyToJson()", () => {
  it("use the .proto field names", () => {
    expect(
      requestToJson(
        { name: "add", methodName: "add_common", version: 3 },
        encodeInstances({ x: true }),
      ),
    ).toEqual({
      servable_spec: { name: "add", method_name: "add_common", version_number: 3 },
      instances: [
        {
          items: {
            x: { shape: { dims: [1] }, dtype: "MS_BOOL", data: "<1 bytes> 01", values: [true] },
          },
        },
      ],
    });
    expect(
      replyToJson({
        status: false,
        instances: [
          [["y", { dtype: DataType.MS_FLOAT32, dims: [2], data: new Uint8Array(3), bytesVal: [] }]],
        ],
        errors: [{ code: 1, message: new TextEncoder().encode("servable is not available") }],
      }),
    ).toEqual({
      status: false,
      instances: [
        { items: { y: { shape: { dims: [2] }, dtype: "MS_FLOAT32", data: "<3 bytes> 000000" } } },
      ],
      error_msg: [{ error_code: 1, error_msg: "servable is not available" }],
    });
  });
});
