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
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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

  it("gives five labels and the model's raw float32 scores for them, best first, with classify_top5", async () => {
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
    }
    // The scores are the model's outputs as they are (no softmax): run the model on the same input to compare.
    const model = servable.versions.get(1)!.model;
    const method = servable.versions.get(1)!.methods.get("classify_top5")!;
    const [raw] = await model.runBatch([await method.preprocess(image(CAT))]);
    const rawScores = raw![0]!.data as Float32Array;
    // Sorting the raw outputs gives the five values the reply carries.
    const expected = [...rawScores].sort((x, y) => y - x).slice(0, 5);
    expect("outputs" in cat! && readValues(cat.outputs.get("score"))).toEqual(expected);
    if ("outputs" in cat!) {
      expect(CATS).toContain(readText(cat.outputs.get("label")).split(";")[0]);
    }
  });

  it("fails only the instance whose preprocess fails, worded per generation", async () => {
    const notImage = image(new TextEncoder().encode("GIF89a but not really"));
    const floatImage = new Map([["image", filledFloat32([2], 1)]]);
    const instances = [image(CAT), notImage, floatImage, image(CAT)];
    const old = await predictor.predict(request("classify_top5", instances), {
      generation: "r1.2",
    });
    const oldTexts = outcomes(old).map((o) => ("error" in o ? o.error : "ok"));
    expect(oldTexts).toEqual(["ok", "Preprocess Failed", "Preprocess Failed", "ok"]);
    expect(labelOf(old, 3)).toBe(labelOf(old, 0));

    const current = await predictor.predict(request("classify_top5", instances), {
      generation: "master",
    });
    const texts = outcomes(current).map((o) => ("error" in o ? o.error : "ok"));
    const stage =
      "Call Function 'resnet50.preprocess_eager' Failed, method: 'classify_top5', stage index(begin with 1): 1, error msg: ";
    expect(texts[1]).toMatch(new RegExp(`^${escapeRegExp(stage)}Cannot decode the image: `));
    expect(texts[2]).toBe(
      `${stage}Input image has data type kMSI_Float32, an encoded image of data type kMSI_Bytes is expected`,
    );
    expect([texts[0], texts[3]]).toEqual(["ok", "ok"]);
  });

  it("fails the whole request for a bytes input holding two images, as Serving checks it", async () => {
    const twoImages = new Map([
      ["image", { ...bytesTensor(CAT), dims: [2], bytesVal: [CAT, DOG] }],
    ]);
    expect(await predictor.predict(request("classify_top1", [image(CAT), twoImages]))).toEqual({
      error:
        "Instances input image check failed, detail: Instance tensor check failed: bytes or string type shape batch size can only be 1",
    });
  });

  it("collapses a corrupt image sent alone into one whole-request error in master only", async () => {
    const corrupt = [image(new Uint8Array([0xff, 0xd8, 0xff]))];
    const current = await predictor.predict(request("classify_top1", corrupt));
    expect(current).toMatchObject({
      error: expect.stringMatching(
        /^Call Function 'resnet50\.preprocess_eager' Failed, method: 'classify_top1'/,
      ),
      code: 3,
    });
    const old = await predictor.predict(request("classify_top1", corrupt), { generation: "r1.2" });
    expect(outcomes(old)).toEqual([{ error: "Preprocess Failed", code: 2 }]);
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
