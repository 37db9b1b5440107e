import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Float16Array } from "@petamoriken/float16";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNumpy } from "./testing/run-numpy";
import { writeCsv } from "./write-csv";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "csv-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeCsv()", () => {
  it("writes 2-D rows and 1-D columns that numpy.loadtxt reads back exactly", () => {
    const f32 = Float32Array.of(0.1, -1.5e-38, 3.4028234663852886e38, 1 / 3, 16777217, -0);
    const f16 = new Float16Array([0.1, 65504, 6e-8, -2.5]);
    const i64 = BigInt64Array.of(2n ** 63n - 1n, -(2n ** 63n), 9007199254740993n);
    writeFileSync(join(dir, "f32.csv"), writeCsv({ dtype: "float32", shape: [2, 3], data: f32 }));
    writeFileSync(join(dir, "f16.csv"), writeCsv({ dtype: "float16", shape: [4], data: f16 }));
    writeFileSync(join(dir, "i64.csv"), writeCsv({ dtype: "int64", shape: [3], data: i64 }));
    const loaded = runNumpy<Record<string, string>>(
      String.raw`
import json, numpy as np
read = lambda f, dt: np.loadtxt(f, delimiter=",", dtype=dt, ndmin=1).tobytes().hex()
print(json.dumps({"f32": read("f32.csv", "<f4"), "f16": read("f16.csv", "<f2"), "i64": read("i64.csv", "<i8")}))
`,
      dir,
    );
    const hex = (a: ArrayBufferView) =>
      Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("hex");
    expect(loaded).toEqual({
      f32: hex(f32),
      f16: hex(new Uint16Array(f16.buffer)),
      i64: hex(i64),
    });
  });

  it("refuses rank above 2", () => {
    expect(() => writeCsv({ dtype: "uint8", shape: [1, 1, 2], data: Uint8Array.of(1, 2) })).toThrow(
      "CSV holds 1-D or 2-D tensors; this one has shape (1, 1, 2)",
    );
  });
});
