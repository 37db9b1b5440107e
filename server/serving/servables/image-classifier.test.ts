import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataType } from "../../../protocol/generated/serving-1.3/ms_service";
import { parseLabels } from "../labels";
import { loadServable } from "../load-servables";
import { createPredictor, type PlainReply, type Predictor } from "../predict";
import { bytesTensor, filledFloat32, readText, readValues } from "../testing/tensor-fixtures";
import type { Servable } from "../servable-types";
import type { ServingTensor } from "../serving-tensor";

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const MOBILENET = root("../shared/models/mobilenetv2-12-int8.onnx");
const CAT = readFileSync(root("../shared/fixtures/images/cat.jpg"));
const DOG = readFileSync(root("../shared/fixtures/images/dog.jpg"));
const LABELS = parseLabels(
  readFileSync(root("server/data/imagenet1000_clsidx_to_labels.txt"), "utf8"),
);
const CATS = ["Siamese cat, Siamese", "Egyptian cat", "tabby, tabby cat"];

const options = (overrides: Record<string, string> = {}) => ({
  servablesDir: root("server/servables"),
  cacheDir: root(".cache/serving"),
  modelOverrides: overrides,
});

const image = (bytes: Uint8Array) => new Map([["image", bytesTensor(bytes)]]);
const request = (method: string, instances: ReadonlyMap<string, ServingTensor>[]) => ({
  servable: "resnet50",
  method,
  version: 0,
  instances,
});
const outcomes = (reply: PlainReply) => {
  if (!("instances" in reply)) {
    throw new Error(reply.error);
  }
  return reply.instances;
};
const labelOf = (reply: PlainReply, i: number) => {
  const o = outcomes(reply)[i];
  return "outputs" in o! ? readText(o.outputs.get("label")) : `error: ${o!.error}`;
};

describe("image classifier with a trained model (MobileNetV2 from ../shared)", () => {
  let servable: Servable;
  let predictor: Predictor;
  beforeAll(async () => {
    servable = await loadServable(
      root("server/servables/resnet50"),
      "resnet50",
      options({ resnet50: MOBILENET }),
    );
    predictor = createPredictor([servable], { maxBatch: 8, maxEnqueued: 100 });
  });
  afterAll(() => servable.versions.get(1)!.model.release());

  it("says which model file it runs", () => {
    expect(servable.notes).toEqual([`running ${MOBILENET}`]);
  });

  it("takes input name, size and the 1000 classes from the model", () => {
    const model = servable.versions.get(1)!.model;
    expect(model.inputs).toEqual([{ name: "input", type: "float32", dims: [3, 224, 224] }]);
    expect(model.outputs[0]!.dims).toEqual([1000]);
    expect([...servable.versions.get(1)!.methods.keys()]).toEqual([
      "classify_top1",
      "classify_top1_v1",
      "classify_top5",
    ]);
  });

  it("classifies cat.jpg as a cat with classify_top1 and classify_top1_v1", async () => {
    for (const method of ["classify_top1", "classify_top1_v1"]) {
      const reply = await predictor.predict(request(method, [image(CAT)]));
      expect(CATS).toContain(labelOf(reply, 0));
    }
  });

  it("gives five labels and their five float32 scores, best first, with classify_top5", async () => {
    const [cat, dog] = outcomes(
      await predictor.predict(request("classify_top5", [image(CAT), image(DOG)])),
    );
    for (const o of [cat, dog]) {
      if (!("outputs" in o!)) {
        throw new Error(o!.error);
      }
      const labels = readText(o.outputs.get("label")).split(";");
      expect(labels).toHaveLength(5);
      labels.forEach((label) => expect(LABELS).toContain(label));
      const score = o.outputs.get("score")!;
      expect([score.dtype, score.dims]).toEqual([DataType.MS_FLOAT32, [5]]);
      const values = readValues(score);
      expect([...values].sort((a, b) => b - a)).toEqual(values);
      expect(values.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.0001);
    }
    if ("outputs" in cat!) {
      expect(CATS).toContain(readText(cat.outputs.get("label")).split(";")[0]);
    }
  });

  it("fails only the instance whose image is bad, of whatever kind", async () => {
    const notImage = image(new TextEncoder().encode("GIF89a but not really"));
    const floatImage = new Map([["image", filledFloat32([2], 1)]]);
    const twoImages = new Map([
      ["image", { ...bytesTensor(CAT), dims: [2], bytesVal: [CAT, DOG] }],
    ]);
    const reply = await predictor.predict(
      request("classify_top1", [image(CAT), notImage, floatImage, twoImages, image(CAT)]),
    );
    const texts = outcomes(reply).map((o) => ("error" in o ? o.error : "ok"));
    expect(texts[0]).toBe("ok");
    expect(texts[1]).toMatch(/^Cannot decode the image: /);
    expect(texts[2]).toBe(
      "Input image has data type kMSI_Float32, an encoded image of data type kMSI_Bytes is expected",
    );
    expect(texts[3]).toBe("Input image must hold one encoded image, it holds 2");
    expect(texts[4]).toBe("ok");
    expect(labelOf(reply, 4)).toBe(labelOf(reply, 0));
  });
});

describe("image classifier with the seeded ResNet-50", () => {
  let servable: Servable;
  beforeAll(async () => {
    servable = await loadServable(root("server/servables/resnet50"), "resnet50", options());
  });
  afterAll(() => servable.versions.get(1)!.model.release());

  it("builds a 1001-class ResNet-50 into the cache and says its labels are untrained", () => {
    expect(servable.versions.get(1)!.model.outputs[0]!.dims).toEqual([1001]);
    expect(servable.notes.join("\n")).toMatch(/labels are untrained/);
  });

  it("returns labels from the ImageNet list (or the extra class 'empty') for the fixture images", async () => {
    const predictor = createPredictor([servable], { maxBatch: 32, maxEnqueued: 100 });
    const reply = await predictor.predict(request("classify_top1", [image(CAT), image(DOG)]));
    for (const i of [0, 1]) {
      expect([...LABELS, "empty"]).toContain(labelOf(reply, i));
    }
    const top5 = outcomes(await predictor.predict(request("classify_top5", [image(DOG)])))[0];
    if (!("outputs" in top5!)) {
      throw new Error(top5!.error);
    }
    expect(readValues(top5.outputs.get("score")).every(Number.isFinite)).toBe(true);
  });
});

describe("loadServable()", () => {
  it("runs a model file placed in the version folder, with no untrained note", async () => {
    const dir = mkdtempSync(join(tmpdir(), "resnet50-"));
    try {
      copyFileSync(
        root("server/servables/resnet50/servable_config.json"),
        join(dir, "servable_config.json"),
      );
      mkdirSync(join(dir, "1"));
      copyFileSync(MOBILENET, join(dir, "1", "resnet50.onnx"));
      const servable = await loadServable(dir, "resnet50", {
        servablesDir: dir,
        cacheDir: join(dir, "cache"),
      });
      expect(servable.notes).toEqual([]);
      expect(servable.versions.get(1)!.model.outputs[0]!.dims).toEqual([1000]);
      const predictor = createPredictor([servable], { maxBatch: 8, maxEnqueued: 10 });
      expect(CATS).toContain(
        labelOf(await predictor.predict(request("classify_top1", [image(CAT)])), 0),
      );
      await servable.versions.get(1)!.model.release();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a classifier model that does not take exactly one image input", async () => {
    const add = root("server/servables/add/1/add.onnx");
    await expect(
      loadServable(root("server/servables/resnet50"), "resnet50", options({ resnet50: add })),
    ).rejects.toThrow("An image classifier model takes one input, this one takes 2");
  });
});
