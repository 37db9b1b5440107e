import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { numericDTypes } from "../../protocol/dtypes";
import { countElements, type TensorArray } from "./tensor-array";
import { runNumpy } from "./testing/run-numpy";
import { writeNpy } from "./write-npy";
import { writeNpz } from "./write-npz";
import type { NumericDType } from "../../protocol/tensor-types";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "npy-write-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Returns an array of the dtype whose bytes are a deterministic pattern covering every bit. */
function patternArray(dtype: NumericDType, shape: number[]): TensorArray {
  const info = numericDTypes[dtype];
  const count = countElements(shape);
  const bytes = new Uint8Array(count * info.width);
  let state = 0x2545f491;
  for (let i = 0; i < bytes.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = dtype === "bool" ? (state >>> 16) & 1 : state >>> 24;
  }
  return { dtype, shape, data: info.view(bytes.buffer, 0, count) };
}

function hex(data: ArrayBufferView): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("hex");
}

interface Loaded {
  descr: string;
  shape: number[];
  hex: string;
  /** Whether numpy.save of the loaded array writes the same bytes as the file. */
  sameAsNumpySave: boolean;
}

const LOAD_EACH = String.raw`
import io, json, sys, numpy as np
out = {}
for file in json.load(open("files.json")):
    a = np.load(file)
    buf = io.BytesIO()
    np.save(buf, a)
    out[file] = {"descr": a.dtype.str, "shape": list(a.shape), "hex": a.tobytes().hex(),
                 "sameAsNumpySave": buf.getvalue() == open(file, "rb").read()}
print(json.dumps(out))
`;

describe("writeNpy()", () => {
  it("writes files numpy loads to the same values, byte for byte as numpy.save writes them", () => {
    const shapes = [[], [5], [3, 4], [2, 3, 4], [0], [1234567, 0]];
    const arrays = new Map<string, TensorArray>();
    for (const dtype of Object.keys(numericDTypes) as NumericDType[]) {
      for (const shape of shapes) {
        const file = `${dtype}-${shape.join("x") || "scalar"}.npy`;
        const array = patternArray(dtype, shape);
        arrays.set(file, array);
        writeFileSync(join(dir, file), writeNpy(array));
      }
    }
    writeFileSync(join(dir, "files.json"), JSON.stringify([...arrays.keys()]));
    const loaded = runNumpy<Record<string, Loaded>>(LOAD_EACH, dir);
    for (const [file, array] of arrays) {
      expect(loaded[file], file).toEqual({
        descr: expect.stringMatching(/^[<|][biuf]\d$/) as unknown,
        shape: array.shape,
        hex: hex(array.data),
        sameAsNumpySave: true,
      });
    }
  });
});

describe("writeNpz()", () => {
  it("writes an archive numpy.load reads by name, per instance", () => {
    const y0 = patternArray("float16", [2, 3]);
    const y1 = patternArray("int64", [4]);
    writeFileSync(
      join(dir, "run.npz"),
      writeNpz(
        new Map([
          ["instance0/y", y0],
          ["instance1/y", y1],
        ]),
      ),
    );
    const loaded = runNumpy<Record<string, { descr: string; shape: number[]; hex: string }>>(
      String.raw`
import json, numpy as np
with np.load("run.npz") as z:
    print(json.dumps({k: {"descr": z[k].dtype.str, "shape": list(z[k].shape), "hex": z[k].tobytes().hex()} for k in z.files}))
`,
      dir,
    );
    expect(loaded).toEqual({
      "instance0/y": { descr: "<f2", shape: [2, 3], hex: hex(y0.data) },
      "instance1/y": { descr: "<i8", shape: [4], hex: hex(y1.data) },
    });
  });
});
