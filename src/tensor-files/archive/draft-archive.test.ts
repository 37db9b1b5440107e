import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNumpy } from "../testing/run-numpy";
import { readDraftArchive } from "./read-draft-archive";
import { type DraftSnapshot, writeDraftArchive } from "./write-draft-archive";

const PNG = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3);

const snapshot: DraftSnapshot = {
  connection: {
    servable: "add",
    method: "add_common",
    version: "0",
    wire: "auto",
    transport: "rest",
    timeoutSeconds: "30",
    fileLimitMb: 10,
    presetId: "add",
    inputs: [
      { id: "a", name: "x1", kind: "tensor", dtype: "float32", shape: [2, 2] },
      { id: "b", name: "x/2 odd", kind: "tensor" },
    ],
  },
  instances: [
    {
      id: "i0",
      values: {
        x1: {
          kind: "tensor",
          dtype: "float32",
          editor: "2d",
          rows: 2,
          cols: 3,
          cells: ["0.1", "1.50", "-0", "1e-45", "nan", "3.4028235e38"],
          text: "",
        },
        "x/2 odd": {
          kind: "tensor",
          dtype: "int64",
          editor: "nd",
          rows: 1,
          cols: 1,
          cells: ["0"],
          text: "[[[9223372036854775807]], [[-9223372036854775808]]]",
        },
        half: {
          kind: "tensor",
          dtype: "float16",
          editor: "1d",
          rows: 1,
          cols: 2,
          cells: ["0.0999755859375", "65504"],
          text: "",
        },
        typing: {
          kind: "tensor",
          dtype: "uint8",
          editor: "1d",
          rows: 1,
          cols: 2,
          cells: ["3", "30"],
          text: "",
        },
      },
    },
    {
      id: "i1",
      values: {
        broken: {
          kind: "tensor",
          dtype: "uint8",
          editor: "1d",
          rows: 1,
          cols: 2,
          cells: ["300", ""],
          text: "stale",
        },
        s: { kind: "scalar", dtype: "float64", text: "2.5" },
        b: { kind: "bool", value: true },
        n: { kind: "int", text: "123456789012345678901" },
        f: { kind: "float", text: "1." },
        t: { kind: "string", value: "héllo" },
        picture: {
          kind: "image",
          file: { id: "f1", name: "cat photo.png", size: PNG.length, type: "image/png" },
        },
        blob: { kind: "bytes" },
      },
    },
  ],
  files: { f1: PNG },
};

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "archive-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeDraftArchive() and readDraftArchive()", () => {
  it("round-trip the draft exactly: values as typed, tensors, files", () => {
    const read = readDraftArchive(writeDraftArchive(snapshot));
    expect(read.connection).toEqual(snapshot.connection);
    expect(read.instances).toEqual(snapshot.instances);
    expect(read.files).toEqual(snapshot.files);
  });

  it("writes a zip that unzip lists and numpy reads", () => {
    writeFileSync(join(dir, "draft.zip"), writeDraftArchive(snapshot));
    const listing = execFileSync("unzip", ["-Z1", "draft.zip"], { cwd: dir, encoding: "utf8" });
    expect(listing.trim().split("\n").sort()).toEqual([
      "draft/instance-0/half.npy",
      "draft/instance-0/input-1.npy",
      "draft/instance-0/typing.npy",
      "draft/instance-0/x1.npy",
      "files/f1/file",
      "manifest.json",
    ]);
    const seen = runNumpy<Record<string, unknown>>(
      String.raw`
import json, zipfile, io, numpy as np
z = zipfile.ZipFile("draft.zip")
m = json.loads(z.read("manifest.json"))
x1 = np.load(io.BytesIO(z.read(m["draft"]["instances"][0]["values"]["x1"]["npy"])))
big = np.load(io.BytesIO(z.read("draft/instance-0/input-1.npy")))
print(json.dumps({"format": m["format"], "version": m["version"], "x1": x1.tobytes().hex(),
                  "x1dtype": x1.dtype.str, "big": big.tobytes().hex(), "shape": list(big.shape), "bigdtype": big.dtype.str,
                  "png": z.read("files/f1/file").hex()}))
`,
      dir,
    );
    expect(seen).toEqual({
      format: "serving-console-archive",
      version: 1,
      x1: Buffer.from(Float32Array.of(0.1, 1.5, -0, 1e-45, NaN, 3.4028235e38).buffer).toString(
        "hex",
      ),
      x1dtype: "<f4",
      big: Buffer.from(BigInt64Array.of(2n ** 63n - 1n, -(2n ** 63n)).buffer).toString("hex"),
      shape: [2, 1, 1],
      bigdtype: "<i8",
      png: Buffer.from(PNG).toString("hex"),
    });
  });

  it("refuses a newer version, another format and a non-zip, saying which", () => {
    const manifest = (m: object) => zipSync({ "manifest.json": strToU8(JSON.stringify(m)) });
    expect(() =>
      readDraftArchive(manifest({ format: "serving-console-archive", version: 2 })),
    ).toThrow("not a readable archive: it is version 2; this console reads version 1");
    expect(() => readDraftArchive(manifest({ format: "other" }))).toThrow(
      "manifest.json is not a serving-console-archive manifest",
    );
    expect(() => readDraftArchive(strToU8("hello"))).toThrow(/^not a readable archive/);
  });
});
