import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { readServableConfig } from "./servable-config";

const dir = mkdtempSync(join(tmpdir(), "servable-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, config: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(config));
  return path;
}

describe("readServableConfig()", () => {
  it("gives a classifier the ImageNet mean/std and the shipped label list by default", async () => {
    const config = await readServableConfig(
      write("a.json", { kind: "image-classifier", model: "m.onnx" }),
    );
    expect(config.classifier?.mean).toEqual([0.485 * 255, 0.456 * 255, 0.406 * 255]);
    expect(config.classifier?.std).toEqual([0.229 * 255, 0.224 * 255, 0.225 * 255]);
    expect(config.classifier?.labels).toBe(
      fileURLToPath(new URL("../data/imagenet1000_clsidx_to_labels.txt", import.meta.url)),
    );
  });

  it("resolves a label list against the config's folder and keeps given settings", async () => {
    const path = write("b.json", {
      kind: "image-classifier",
      model: "m.onnx",
      classifier: { labels: "labels.txt", classes: 10, inputSize: 96 },
    });
    const config = await readServableConfig(path);
    expect(config.classifier).toMatchObject({
      labels: join(dir, "labels.txt"),
      classes: 10,
      inputSize: 96,
    });
  });

  it("has no classifier settings for tensor-add", async () => {
    const config = await readServableConfig(
      write("c.json", { kind: "tensor-add", model: "add.onnx" }),
    );
    expect(config).toEqual({
      kind: "tensor-add",
      model: "add.onnx",
      builtinModel: undefined,
      classifier: undefined,
    });
  });

  it("refuses an unknown kind or a missing model name", async () => {
    await expect(
      readServableConfig(write("d.json", { kind: "detector", model: "m.onnx" })),
    ).rejects.toThrow('kind must be "tensor-add" or "image-classifier"');
    await expect(readServableConfig(write("e.json", { kind: "tensor-add" }))).rejects.toThrow(
      "model must name",
    );
  });
});
