import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { numericDTypes } from "../../protocol/dtypes";
import { buildRestBody } from "../../protocol/rest-request-body";
import { encodeBase64 } from "../../shared/base64";
import { buildInstances } from "../draft/build-instances";
import { encodeInstances } from "../serving/encode-instances";
import { draftFromPaste } from "./draft-from-paste";
import { parsePastedRequest } from "./parse-pasted-request";
import type { NumericArray, NumericDType } from "../../protocol/tensor-types";
import type { WireInstance } from "../../protocol/wire-tensor";
import type { Instance } from "../serving/types";

// Values near each dtype's edges: int64 beyond 2^53, float16 halves, bool.
const SAMPLES: Record<NumericDType, () => NumericArray> = {
  bool: () => Uint8Array.from([1, 0, 0, 1]),
  int8: () => Int8Array.from([-128, 127, 0, -1]),
  uint8: () => Uint8Array.from([0, 255, 7, 8]),
  int16: () => Int16Array.from([-32768, 32767, 1, 2]),
  uint16: () => Uint16Array.from([0, 65535, 3, 4]),
  int32: () => Int32Array.from([-(2 ** 31), 2 ** 31 - 1, 5, 6]),
  uint32: () => Uint32Array.from([0, 2 ** 32 - 1, 7, 8]),
  int64: () => BigInt64Array.from([-(2n ** 63n), 2n ** 63n - 1n, 9007199254740993n, -3n]),
  uint64: () => BigUint64Array.from([0n, 2n ** 64n - 1n, 9007199254740993n, 4n]),
  float16: () => Float16Array.from([0.5, -65504, 0.0999755859375, 1]),
  float32: () => Float32Array.from([0.1, -2.5, 3.4028234663852886e38, 1e-7]),
  float64: () => Float64Array.from([0.1, -2.5, Number.MAX_VALUE, 5e-324]),
};

/** Returns the wire instances the console would send for the pasted text. */
function sendPasted(text: string): WireInstance[] {
  const draft = draftFromPaste(parsePastedRequest(text));
  const built = buildInstances(draft.instances, draft.files, Number.MAX_SAFE_INTEGER);
  expect(built.problems).toEqual([]);
  return encodeInstances(built.instances);
}

function grpcurlJson(instances: readonly Instance[]): string {
  const wire = encodeInstances(instances);
  return JSON.stringify({
    servableSpec: { name: "add", methodName: "add_common", versionNumber: "2" },
    instances: wire.map((instance) => ({
      items: Object.fromEntries(
        instance.map(([name, t]) => [
          name,
          {
            shape: { dims: t.dims.map(String) },
            dtype: `MS_${numericName(t.dtype)}`,
            ...(t.data.length > 0 ? { data: encodeBase64(t.data) } : {}),
            ...(t.bytesVal.length > 0 ? { bytesVal: t.bytesVal.map(encodeBase64) } : {}),
          },
        ]),
      ),
    })),
  });
}

function numericName(code: number): string {
  const names = [
    "UNKNOWN",
    "BOOL",
    "INT8",
    "UINT8",
    "INT16",
    "UINT16",
    "INT32",
    "UINT32",
    "INT64",
    "UINT64",
    "FLOAT16",
    "FLOAT32",
    "FLOAT64",
    "STRING",
    "BYTES",
  ];
  return names[code] ?? "UNKNOWN";
}

const dtypes = Object.keys(numericDTypes) as NumericDType[];

describe("a pasted request is sent as exactly the request it describes", () => {
  it.each(dtypes)("REST body with a %s tensor and a %s scalar", (dtype) => {
    const instances: Instance[] = [
      {
        t: { kind: "tensor", dtype, shape: [2, 2], data: SAMPLES[dtype]() },
        s: {
          kind: "scalar",
          dtype,
          value: dtype === "bool" ? true : dtype.endsWith("64") && dtype.includes("int") ? 5n : 3,
        },
      },
    ];
    const wire = encodeInstances(instances);
    expect(sendPasted(buildRestBody(wire))).toEqual(wire);
  });

  it.each(dtypes)("PredictRequest JSON with a %s tensor of rank 3", (dtype) => {
    const data = SAMPLES[dtype]();
    const instances: Instance[] = [{ t: { kind: "tensor", dtype, shape: [2, 1, 2], data } }];
    expect(sendPasted(grpcurlJson(instances))).toEqual(encodeInstances(instances));
  });

  it("PredictRequest JSON with strings, bytes and plain values, and the target", () => {
    const instances: Instance[] = [
      {
        s: "héllo",
        b: Uint8Array.from([0, 255, 10]),
        yes: true,
        n: 9007199254740993n,
        f: { kind: "float", value: 2 },
      },
      { s: "", b: new Uint8Array(0), yes: false, n: -1, f: 0.25 },
    ];
    const text = grpcurlJson(instances);
    expect(sendPasted(text)).toEqual(encodeInstances(instances));
    expect(parsePastedRequest(text)).toMatchObject({
      form: "grpcurl-json",
      target: { servable: "add", method: "add_common", version: 2 },
    });
  });

  it("REST body with strings, bytes, bools, int32 and float32 as Serving reads them", () => {
    const text =
      '{"instances": [{"s": "text", "b": {"b64": "AAEC"}, "k": true, "i": [[1, -2]], "x": 1.5, "big": {"b64": "AQAAAAAAIAA=", "type": "int64", "shape": [1]}}]}';
    const [instance] = sendPasted(text);
    const byName = Object.fromEntries(instance ?? []);
    expect(new TextDecoder().decode(byName.s?.bytesVal[0])).toBe("text");
    expect(byName.b?.bytesVal[0]).toEqual(Uint8Array.from([0, 1, 2]));
    expect(byName.k).toMatchObject({ dtype: numericDTypes.bool.wire, dims: [] });
    expect(byName.i).toMatchObject({ dtype: numericDTypes.int32.wire, dims: [1, 2] });
    expect(byName.x).toMatchObject({ dtype: numericDTypes.float32.wire, dims: [] });
    expect(new BigInt64Array(byName.big!.data.slice().buffer)[0]).toBe(9007199254740993n);
  });

  it("curl command: the URL names servable, version and method; the body survives quoting", () => {
    const wire = encodeInstances([
      { x: { kind: "tensor", dtype: "float32", shape: [2], data: Float32Array.from([1.5, 2]) } },
    ]);
    const text = `curl -sS -X POST \\\n  -H 'Content-Type: application/json' \\\n  http://127.0.0.1:1500/model/add/version/3:add_common \\\n  --data-raw '${buildRestBody(wire)}'`;
    expect(sendPasted(text)).toEqual(wire);
    expect(parsePastedRequest(text).target).toEqual({
      servable: "add",
      method: "add_common",
      version: 3,
    });
    const doubleQuoted = `curl "http://h:1/model/res%20net:classify" -d "{\\"instances\\": [{\\"s\\": \\"a b\\"}]}"`;
    expect(parsePastedRequest(doubleQuoted)).toMatchObject({
      target: { servable: "res net", method: "classify", version: 0 },
      instances: [[["s", { kind: "string", value: "a b" }]]],
    });
    const ansi = 'curl --data $\'{"instances": [{"s": "it\\\'s"}]}\' localhost:1500/model/a:b';
    expect(parsePastedRequest(ansi).instances).toEqual([
      [["s", { kind: "string", value: "it's" }]],
    ]);
  });

  it("grpcurl command: -d JSON, and the proto names the wire", () => {
    const instances: Instance[] = [
      {
        x: {
          kind: "tensor",
          dtype: "float32",
          shape: [2, 2],
          data: Float32Array.from([1, 2, 3, 4]),
        },
      },
    ];
    const json = grpcurlJson(instances);
    for (const [proto, wire] of [
      ["proto/ms_service.proto", "1.3"],
      ["proto/serving-1.2/ms_service.proto", "1.2"],
    ] as const) {
      const text = `grpcurl -plaintext -proto ${proto} -d '${json}' localhost:5500 mindspore.serving.proto.MSService/Predict`;
      expect(sendPasted(text)).toEqual(encodeInstances(instances));
      expect(parsePastedRequest(text)).toMatchObject({
        form: "grpcurl",
        target: { servable: "add", wire },
      });
    }
  });
});
