import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importServableConfigs, type ConfigFile } from "./import-servable-configs";

function fixtureFile(name: string, relativePath = ""): ConfigFile {
  const bytes = new Uint8Array(readFileSync(resolve("src/features/discovery/fixtures", name)));
  return { name: relativePath.split("/").pop() || name, relativePath, size: bytes.length, bytes };
}

function bytesFile(name: string, relativePath: string, values: number[]): ConfigFile {
  return { name, relativePath, size: values.length, bytes: new Uint8Array(values) };
}

function textFile(name: string, text: string, relativePath = ""): ConfigFile {
  const bytes = new TextEncoder().encode(text);
  return { name, relativePath, size: bytes.length, bytes };
}

describe("importServableConfigs()", () => {
  it("names the servable after its folder and keeps only servable_config.py of the folder", () => {
    const config = fixtureFile("add-r16.py", "add/servable_config.py");
    const model = bytesFile("tensor_add.mindir", "add/1/tensor_add.mindir", [0, 1, 2]);
    const { presets, reports } = importServableConfigs([config, model], "ignored");
    expect(presets.map((p) => [p.id, p.label])).toEqual([
      ["imported/add/add_common", "add · add_common"],
      ["imported/add/add_cast", "add · add_cast"],
    ]);
    expect(presets[0]?.inputs).toEqual([
      { name: "x1", kind: "tensor" },
      { name: "x2", kind: "tensor" },
    ]);
    expect(reports).toEqual([
      {
        file: "add/servable_config.py",
        servable: "add",
        methods: ["add_common", "add_cast"],
        skipped: [],
      },
    ]);
  });

  it("declares image inputs as images", () => {
    const { presets } = importServableConfigs(
      [fixtureFile("classifier-r16.py", "zoo/servable_config.py")],
      "x",
    );
    expect(presets.map((p) => [p.label, p.inputs])).toEqual([
      ["zoo · classify", [{ name: "image", kind: "image" }]],
      [
        "zoo · classify_top3",
        [
          { name: "frame", kind: "image" },
          { name: "threshold", kind: "tensor" },
        ],
      ],
    ]);
  });

  it("uses the form's servable for a lone servable_config.py and the stem for other names", () => {
    const lone = textFile(
      "servable_config.py",
      readFileSync(resolve("src/features/discovery/fixtures/add-r1x.py"), "utf8"),
    );
    expect(importServableConfigs([lone], "sum").presets[0]?.servable).toBe("sum");
    expect(importServableConfigs([fixtureFile("add-r1x.py")], "sum").presets[0]?.servable).toBe(
      "add-r1x",
    );
  });

  it("imports the readable methods of a file with syntax errors and reports the lines", () => {
    const { presets, reports } = importServableConfigs([fixtureFile("broken-syntax.py")], "x");
    expect(presets.map((p) => p.method)).toEqual(["add_common", "subtract"]);
    expect(reports[0]?.refusal).toBeUndefined();
    expect(reports[0]?.skipped.map((s) => s.line)).toEqual([6, 18]);
  });

  it("refuses binary, non-UTF-8 and oversized files, prose, and Python without methods", () => {
    const files: ConfigFile[] = [
      bytesFile("model.mindir", "", [0x08, 0x00, 0x12]),
      bytesFile("latin.py", "", [0x23, 0x20, 0xe9, 0x0a]),
      { name: "huge.py", relativePath: "", size: 1024 * 1024 + 1, bytes: new Uint8Array(0) },
      textFile(
        "notes.txt",
        "This file: has (words] that {are not] Python at all.\nNor is this } line.\n",
      ),
      textFile("helpers.py", "import numpy as np\n\n\ndef twice(x):\n    return 2 * x\n"),
    ];
    const { presets, reports } = importServableConfigs(files, "x");
    expect(presets).toEqual([]);
    expect(reports.map((r) => r.refusal)).toEqual([
      "This is not Python: the file is binary.",
      "This is not Python: the file is not UTF-8 text.",
      "This is not a servable_config.py: 1048577 bytes is over the 1048576-byte limit.",
      "This is not Python: most of its lines do not parse.",
      "No method is registered with @register.register_method in this file.",
    ]);
  });

  it("says so when a chosen folder has no servable_config.py", () => {
    const model = bytesFile("m.onnx", "empty/1/m.onnx", [1]);
    expect(importServableConfigs([model], "x").reports[0]?.refusal).toBe(
      "The folder has no servable_config.py.",
    );
  });
});
