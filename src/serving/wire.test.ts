import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import * as v12 from "../../protocol/generated/serving-1.2/ms_service";
import * as v13 from "../../protocol/generated/serving-1.3/ms_service";
import { buildRequest, readReply, readRequest } from "../../protocol/wire-layouts";
import { encodeInstances } from "./encode-instances";
import type { Instance, WireVersion } from "./types";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const protoDirs: Record<WireVersion, string> = { "1.3": "proto", "1.2": "proto/serving-1.2" };

/** What Debian's protoc makes of a text-format PredictRequest: the reference encoding. */
function protocEncode(wire: WireVersion, text: string): string {
  const out = execFileSync(
    "protoc",
    [
      "--encode=mindspore.serving.proto.PredictRequest",
      "--deterministic_output",
      `-I${join(root, protoDirs[wire])}`,
      "ms_service.proto",
    ],
    { input: text },
  );
  return out.toString("hex");
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

const f32x4 = (le: string): string => `data: "${le.repeat(4)}"`;

/** The seed's add_common request: three instances of x1, x2 as 2x2 float32 of 1s, 2s, 3s. */
const addCommonInstances: Instance[] = [1, 2, 3].map((k) => ({
  x1: { kind: "tensor", dtype: "float32", shape: [2, 2], data: new Float32Array(4).fill(k) },
  x2: { kind: "tensor", dtype: "float32", shape: [2, 2], data: new Float32Array(4).fill(k) },
}));

const addCommonText = `
servable_spec { name: "add" method_name: "add_common" }
${["\\x00\\x00\\x80\\x3f", "\\x00\\x00\\x00\\x40", "\\x00\\x00\\x40\\x40"]
  .map(
    (le) => `instances {
  items { key: "x1" value { shape { dims: 2 dims: 2 } dtype: MS_FLOAT32 ${f32x4(le)} } }
  items { key: "x2" value { shape { dims: 2 dims: 2 } dtype: MS_FLOAT32 ${f32x4(le)} } }
}`,
  )
  .join("\n")}
`;

/** Every dtype, typed scalars, plain values, a string and bytes; keys given out of order. */
const mixedInstances: Instance[] = [
  {
    s_empty: { kind: "tensor", dtype: "float32", shape: [2, 0], data: new Float32Array(0) },
    a_bool: { kind: "tensor", dtype: "bool", shape: [3], data: new Uint8Array([1, 0, 1]) },
    b_int8: { kind: "tensor", dtype: "int8", shape: [2], data: new Int8Array([-1, 127]) },
    c_uint8: { kind: "scalar", dtype: "uint8", value: 200 },
    d_int16: { kind: "tensor", dtype: "int16", shape: [2], data: new Int16Array([-2, 300]) },
    e_uint16: { kind: "tensor", dtype: "uint16", shape: [1], data: new Uint16Array([65535]) },
    f_int32: { kind: "tensor", dtype: "int32", shape: [2], data: new Int32Array([-123456, 7]) },
    g_uint32: { kind: "scalar", dtype: "uint32", value: 4294967295 },
    h_int64: {
      kind: "tensor",
      dtype: "int64",
      shape: [2],
      data: new BigInt64Array([-(2n ** 62n), 2n ** 53n + 1n]),
    },
    i_uint64: {
      kind: "tensor",
      dtype: "uint64",
      shape: [1],
      data: new BigUint64Array([2n ** 64n - 1n]),
    },
    j_float16: {
      kind: "tensor",
      dtype: "float16",
      shape: [2, 1],
      data: new Float16Array([1.5, -2]),
    },
    k_float32: { kind: "scalar", dtype: "float32", value: 0.5 },
    l_float64: { kind: "tensor", dtype: "float64", shape: [1], data: new Float64Array([-0.25]) },
    m_plain_bool: true,
    n_plain_int: 42,
    o_plain_float: 2.5,
    p_string: "héllo ✓",
    q_bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]),
    r_bigint: 2n ** 40n,
  },
  // Keys whose UTF-16 order differs from their UTF-8 byte order.
  {
    "\u{1F600}": { kind: "string", value: "grin" },
    "\uFF01": { kind: "float", value: 3 },
    Z: { kind: "int", value: -1 },
  },
  {},
];

const mixedText = `
servable_spec { name: "mix" method_name: "every_dtype" version_number: 2 }
instances {
  items { key: "a_bool" value { shape { dims: 3 } dtype: MS_BOOL data: "\\x01\\x00\\x01" } }
  items { key: "b_int8" value { shape { dims: 2 } dtype: MS_INT8 data: "\\xff\\x7f" } }
  items { key: "c_uint8" value { dtype: MS_UINT8 data: "\\xc8" } }
  items { key: "d_int16" value { shape { dims: 2 } dtype: MS_INT16 data: "\\xfe\\xff\\x2c\\x01" } }
  items { key: "e_uint16" value { shape { dims: 1 } dtype: MS_UINT16 data: "\\xff\\xff" } }
  items { key: "f_int32" value { shape { dims: 2 } dtype: MS_INT32 data: "\\xc0\\x1d\\xfe\\xff\\x07\\x00\\x00\\x00" } }
  items { key: "g_uint32" value { dtype: MS_UINT32 data: "\\xff\\xff\\xff\\xff" } }
  items { key: "h_int64" value { shape { dims: 2 } dtype: MS_INT64
    data: "\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xc0\\x01\\x00\\x00\\x00\\x00\\x00\\x20\\x00" } }
  items { key: "i_uint64" value { shape { dims: 1 } dtype: MS_UINT64 data: "\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff" } }
  items { key: "j_float16" value { shape { dims: 2 dims: 1 } dtype: MS_FLOAT16 data: "\\x00\\x3e\\x00\\xc0" } }
  items { key: "k_float32" value { dtype: MS_FLOAT32 data: "\\x00\\x00\\x00\\x3f" } }
  items { key: "l_float64" value { shape { dims: 1 } dtype: MS_FLOAT64 data: "\\x00\\x00\\x00\\x00\\x00\\x00\\xd0\\xbf" } }
  items { key: "m_plain_bool" value { shape { dims: 1 } dtype: MS_BOOL data: "\\x01" } }
  items { key: "n_plain_int" value { shape { dims: 1 } dtype: MS_INT64 data: "\\x2a\\x00\\x00\\x00\\x00\\x00\\x00\\x00" } }
  items { key: "o_plain_float" value { shape { dims: 1 } dtype: MS_FLOAT64 data: "\\x00\\x00\\x00\\x00\\x00\\x00\\x04\\x40" } }
  items { key: "p_string" value { shape { dims: 1 } dtype: MS_STRING bytes_val: "h\\xc3\\xa9llo \\xe2\\x9c\\x93" } }
  items { key: "q_bytes" value { shape { dims: 1 } dtype: MS_BYTES bytes_val: "\\x89PNG\\x00\\xff" } }
  items { key: "r_bigint" value { shape { dims: 1 } dtype: MS_INT64 data: "\\x00\\x00\\x00\\x00\\x00\\x01\\x00\\x00" } }
  items { key: "s_empty" value { shape { dims: 2 dims: 0 } dtype: MS_FLOAT32 } }
}
instances {
  items { key: "Z" value { shape { dims: 1 } dtype: MS_INT64 data: "\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff" } }
  items { key: "\\xef\\xbc\\x81" value { shape { dims: 1 } dtype: MS_FLOAT64 data: "\\x00\\x00\\x00\\x00\\x00\\x00\\x08\\x40" } }
  items { key: "\\xf0\\x9f\\x98\\x80" value { shape { dims: 1 } dtype: MS_STRING bytes_val: "grin" } }
}
instances {}
`;

describe("buildRequest()", () => {
  for (const wire of ["1.3", "1.2"] as const) {
    it(`encodes the add_common request exactly as protoc does (wire ${wire})`, () => {
      const bytes = buildRequest(
        wire,
        { name: "add", methodName: "add_common", version: 0 },
        encodeInstances(addCommonInstances),
      );
      expect(hex(bytes)).toBe(protocEncode(wire, addCommonText));
    });

    it(`encodes every dtype, a string and bytes exactly as protoc does (wire ${wire})`, () => {
      const bytes = buildRequest(
        wire,
        { name: "mix", methodName: "every_dtype", version: 2 },
        encodeInstances(mixedInstances),
      );
      expect(hex(bytes)).toBe(protocEncode(wire, mixedText));
    });
  }

  it("puts instances in field 2 for 1.3 and field 3 for 1.2", () => {
    const instances = encodeInstances(addCommonInstances);
    const spec = { name: "add", methodName: "add_common", version: 1 };
    const b13 = buildRequest("1.3", spec, instances);
    const b12 = buildRequest("1.2", spec, instances);

    expect(v13.PredictRequest.deserializeBinary(b13).instances).toHaveLength(3);
    expect(v12.PredictRequest.deserializeBinary(b12).instances).toHaveLength(3);
    expect(v12.PredictRequest.deserializeBinary(b13).instances).toHaveLength(0);
    expect(readRequest("1.2", b12)).toEqual(readRequest("1.3", b13));
  });
});

describe("readReply()", () => {
  it("reads the 1.2 status field and ignores it as 1.3", () => {
    const bytes = new v12.PredictReply({
      status: true,
      error_msg: [new v12.ErrorMsg({ error_code: 1, error_msg: new TextEncoder().encode("boom") })],
    }).serializeBinary();

    expect(readReply("1.2", bytes)).toMatchObject({
      status: true,
      instances: [],
      errors: [{ code: 1 }],
    });
    expect(readReply("1.3", bytes).status).toBeUndefined();
    expect(new TextDecoder().decode(readReply("1.3", bytes).errors[0]!.message)).toBe("boom");
  });
});
