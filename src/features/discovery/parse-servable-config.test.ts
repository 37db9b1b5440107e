import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseServableConfig } from "./parse-servable-config";

function fixture(name: string): string {
  return readFileSync(resolve("src/features/discovery/fixtures", name), "utf8");
}

function summary(source: string) {
  return parseServableConfig(source).methods.map((m) => ({
    name: m.name,
    api: m.api,
    inputs: m.inputs.map((i) => (i.image ? `${i.name} (image)` : i.name)),
    outputs: m.outputs,
  }));
}

describe("parseServableConfig()", () => {
  it("reads add_common and add_cast from the worker (r1.x) API", () => {
    const report = parseServableConfig(fixture("add-r1x.py"));
    expect(summary(fixture("add-r1x.py"))).toEqual([
      { name: "add_common", api: "r1.x", inputs: ["x1", "x2"], outputs: ["y"] },
      { name: "add_cast", api: "r1.x", inputs: ["x1", "x2"], outputs: ["y"] },
    ]);
    expect(report.skipped).toEqual([]);
    expect(report.methods.map((m) => m.line)).toEqual([15, 21]);
  });

  it("reads add_common and add_cast from the server (r1.6+) API, tuple output_names included", () => {
    expect(summary(fixture("add-r16.py"))).toEqual([
      { name: "add_common", api: "r1.6+", inputs: ["x1", "x2"], outputs: ["y"] },
      { name: "add_cast", api: "r1.6+", inputs: ["x1", "x2"], outputs: ["y"] },
    ]);
    expect(parseServableConfig(fixture("add-r16.py")).skipped).toEqual([]);
  });

  it("marks inputs passed to an image-decoding preprocess as images, and lists an if statement", () => {
    const report = parseServableConfig(fixture("classifier-r16.py"));
    expect(summary(fixture("classifier-r16.py"))).toEqual([
      { name: "classify", api: "r1.6+", inputs: ["image (image)"], outputs: ["label"] },
      {
        name: "classify_top3",
        api: "r1.6+",
        inputs: ["frame (image)", "threshold"],
        outputs: ["label", "score"],
      },
    ]);
    expect(report.skipped).toEqual([{ line: 44, what: "method classify_top3: if statement" }]);
  });

  it("follows a preprocess pipeline that decodes images in the r1.x API", () => {
    expect(summary(fixture("classifier-r1x.py"))).toEqual([
      { name: "classify", api: "r1.x", inputs: ["picture_bytes (image)"], outputs: ["label"] },
    ]);
  });

  it("reads a pipeline of two models and lists what it cannot read with line numbers", () => {
    const report = parseServableConfig(fixture("pipeline-two-models.py"));
    expect(summary(fixture("pipeline-two-models.py"))).toEqual([
      {
        name: "translate",
        api: "r1.6+",
        inputs: ["text_ids", "mask"],
        outputs: ["tokens", "length"],
      },
    ]);
    expect(report.skipped).toEqual([
      { line: 9, what: "method translate: variadic parameter *extra" },
      { line: 15, what: "method unreadable: output_names is not a literal list of strings" },
    ]);
  });

  it("imports what parses in a file with syntax errors and lists each error's line", () => {
    const report = parseServableConfig(fixture("broken-syntax.py"));
    expect(report.methods.map((m) => m.name)).toEqual(["add_common", "subtract"]);
    expect(report.methods[0]?.inputs.map((i) => i.name)).toEqual(["x1", "x2"]);
    expect(report.skipped.map((s) => s.line)).toEqual([6, 18]);
    expect(report.skipped[0]?.what).toMatch(/^syntax error/);
  });

  it("finds nothing in text that registers no method", () => {
    expect(parseServableConfig("import numpy as np\n\ndef f(x):\n    return x\n").methods).toEqual(
      [],
    );
    expect(parseServableConfig("").methods).toEqual([]);
  });
});
