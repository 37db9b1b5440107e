import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_NPY_HEADER_BYTES, readNpy } from "./read-npy";
import { runNumpy } from "./testing/run-numpy";

interface Written {
  file: string;
  dtype: string;
  shape: number[];
  /** Expected elements: little-endian C-order bytes as hex. */
  hex: string;
}

// Every dtype Serving accepts, in both orders and byte orders, at ranks 0 to 3, with extremes.
const WRITE_ALL = String.raw`
import json, numpy as np
rng = np.random.default_rng(7)
codes = {"bool": "?", "int8": "i1", "uint8": "u1", "int16": "i2", "uint16": "u2", "int32": "i4",
         "uint32": "u4", "int64": "i8", "uint64": "u8", "float16": "f2", "float32": "f4", "float64": "f8"}
out = []
for name, code in codes.items():
    dt = np.dtype(code)
    for shape in [(), (5,), (3, 4), (2, 3, 4), (0, 3)]:
        n = int(np.prod(shape))
        if dt.kind == "b":
            flat = rng.integers(0, 2, n).astype(dt)
        elif dt.kind in "iu":
            info = np.iinfo(dt)
            flat = rng.integers(info.min, info.max, n, dtype=dt, endpoint=True)
            if n >= 2:
                flat[0], flat[1] = info.min, info.max
        else:
            flat = (rng.standard_normal(n) * 1000).astype(dt)
            extremes = [np.nan, np.inf, -np.inf, -0.0, np.finfo(dt).tiny / 2, np.finfo(dt).max]
            flat[: min(n, len(extremes))] = extremes[: min(n, len(extremes))]
        a = flat.reshape(shape)
        for order in "CF":
            for endian in "<>":
                b = np.asarray(a, dtype=dt.newbyteorder(endian) if dt.itemsize > 1 else dt, order=order)
                file = f"{name}-{len(shape)}d-{'x'.join(map(str, shape))}-{order}-{'le' if endian == '<' else 'be'}.npy"
                np.save(file, b)
                out.append({"file": file, "dtype": name, "shape": list(shape),
                            "hex": a.astype(dt.newbyteorder("<")).tobytes(order="C").hex()})
print(json.dumps(out))
`;

let dir = "";
let written: Written[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "npy-"));
  written = runNumpy<Written[]>(WRITE_ALL, dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bytesHex(data: ArrayBufferView): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("hex");
}

describe("readNpy()", () => {
  it("reads every dtype, C and Fortran order, little- and big-endian, at every rank exactly", () => {
    expect(written.length).toBe(12 * 5 * 4);
    for (const w of written) {
      const array = readNpy(readFileSync(join(dir, w.file)));
      expect({ file: w.file, dtype: array.dtype, shape: array.shape }).toEqual({
        file: w.file,
        dtype: w.dtype,
        shape: w.shape,
      });
      expect(bytesHex(array.data), w.file).toBe(w.hex);
    }
  });

  it("refuses the numpy dtypes Serving does not accept, naming them", () => {
    const refused = runNumpy<Record<string, string>>(
      String.raw`
import json, numpy as np
cases = {"complex": np.zeros(2, np.complex64), "unicode": np.array(["ab"]),
         "bytes": np.array([b"ab"]), "structured": np.zeros(2, [("a", "<f4"), ("b", "<i4")]),
         "datetime": np.zeros(2, "datetime64[s]"), "object": np.array([1, "a"], dtype=object),
         "longdouble": np.zeros(2, np.longdouble)}
for name, a in cases.items():
    np.save(name + ".npy", a, allow_pickle=True)
print(json.dumps({name: name + ".npy" for name in cases}))
`,
      dir,
    );
    const messages = Object.fromEntries(
      Object.entries(refused).map(([name, file]) => {
        try {
          readNpy(readFileSync(join(dir, file)));
          return [name, "accepted"];
        } catch (error) {
          return [name, (error as Error).message];
        }
      }),
    );
    expect(messages.complex).toMatch(/'<c8' \(complex numbers\) is not a dtype Serving accepts/);
    expect(messages.unicode).toMatch(/'<U2' \(unicode strings\)/);
    expect(messages.bytes).toMatch(/'\|S2' \(byte strings\)/);
    expect(messages.structured).toMatch(/structured arrays/);
    expect(messages.datetime).toMatch(/\(datetimes\)/);
    expect(messages.object).toMatch(/'\|O' \(Python objects\)/);
    expect(messages.longdouble).toMatch(/'<f16' is not a dtype Serving accepts/);
  });

  it("checks lengths from the header before reading data", () => {
    const good = readFileSync(join(dir, "float32-2d-3x4-C-le.npy"));
    expect(() => readNpy(good.subarray(0, good.length - 1))).toThrow(
      "the .npy shape (3, 4) of float32 needs 48 bytes of data; the file has 47",
    );
    expect(() => readNpy(good.subarray(0, 40))).toThrow("the .npy file ends inside its header");
    const huge = Uint8Array.from(good);
    new DataView(huge.buffer).setUint16(8, 60_000, true);
    expect(() => readNpy(huge)).toThrow(
      `the .npy header is 60000 bytes; at most ${MAX_NPY_HEADER_BYTES} are read`,
    );
    expect(() => readNpy(new TextEncoder().encode("PK\x03\x04 not npy"))).toThrow(
      "not a .npy file",
    );
  });

  it("refuses a shape whose data would not fit in the file, without allocating it", () => {
    const header =
      "{'descr': '<f8', 'fortran_order': False, 'shape': (100000000000, 100000000000), }";
    const bytes = new Uint8Array(10 + header.length);
    bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0], 0);
    new DataView(bytes.buffer).setUint16(8, header.length, true);
    bytes.set(new TextEncoder().encode(header), 10);
    expect(() => readNpy(bytes)).toThrow(/needs .* bytes of data; the file has 0/);
  });
});
