import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readNpz } from "./read-npz";
import { runNumpy } from "./testing/run-numpy";

let dir = "";
let expected: Record<string, { dtype: string; shape: number[]; hex: string }> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "npz-"));
  expected = runNumpy(
    String.raw`
import json, numpy as np
x1 = np.arange(12, dtype=">f4").reshape(3, 4)
x2 = np.asfortranarray(np.array([[2**63 - 1, -2**63], [5, -7]], dtype="<i8"))
flag = np.array([True, False, True])
np.savez("plain.npz", x1=x1, x2=x2, flag=flag)
np.savez_compressed("compressed.npz", x1=x1, x2=x2, flag=flag)
le = lambda a: np.ascontiguousarray(a.astype(a.dtype.newbyteorder("<"))).tobytes().hex()
print(json.dumps({"x1": {"dtype": "float32", "shape": [3, 4], "hex": le(x1)},
                  "x2": {"dtype": "int64", "shape": [2, 2], "hex": le(x2)},
                  "flag": {"dtype": "bool", "shape": [3], "hex": le(flag)}}))
`,
    dir,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readNpz()", () => {
  it.each(["plain.npz", "compressed.npz"])("reads every array of %s by name exactly", (file) => {
    const arrays = readNpz(readFileSync(join(dir, file)));
    const read = Object.fromEntries(
      [...arrays].map(([name, a]) => [
        name,
        {
          dtype: a.dtype,
          shape: a.shape,
          hex: Buffer.from(a.data.buffer, a.data.byteOffset, a.data.byteLength).toString("hex"),
        },
      ]),
    );
    expect(read).toEqual(expected);
  });

  it("names the member that is not a valid .npy", () => {
    const bad = zipSync({ "x1.npy": new TextEncoder().encode("nope, not numpy") });
    expect(() => readNpz(bad)).toThrow("x1.npy: not a .npy file");
  });

  it("refuses bytes that are not a zip", () => {
    expect(() => readNpz(new TextEncoder().encode("plain text"))).toThrow(/not a readable .npz/);
  });
});
