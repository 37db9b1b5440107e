import { Tensor } from "onnxruntime-node";
import { DataType } from "../../../protocol/dtypes";
import { nameDtype } from "../dtype-table";
import { InstanceError } from "../errors";
import { decodeImage } from "../image-preprocess";
import { rankTop, softmax } from "../rank-scores";
import { makeFloat32Tensor, makeStringTensor, type ServingTensor } from "../serving-tensor";
import type { ModelFeed, ModelResult, ServableMethod } from "../servable-types";
import type { ClassifierSetup } from "./fit-classifier";

function readImageBytes(inputs: ReadonlyMap<string, ServingTensor>): Uint8Array {
  const image = inputs.get("image")!;
  if (image.dtype !== DataType.MS_BYTES) {
    throw new InstanceError(
      `Input image has data type ${nameDtype(image.dtype)}, an encoded image of data type kMSI_Bytes is expected`,
    );
  }
  const [bytes] = image.bytesVal;
  if (!bytes || image.bytesVal.length !== 1) {
    throw new InstanceError(
      `Input image must hold one encoded image, it holds ${image.bytesVal.length}`,
    );
  }
  return bytes;
}

/**
 * Returns the methods of an image-classifier servable, as the Serving ResNet-50 example declares them:
 * `classify_top1(image) -> label`, `classify_top1_v1(image) -> label` and `classify_top5(image) -> label, score`
 * (five names joined by ";" and their five softmax probabilities).
 */
export function createClassifierMethods(setup: ClassifierSetup): ServableMethod[] {
  async function preprocess(inputs: ReadonlyMap<string, ServingTensor>): Promise<ModelFeed> {
    const chw = await decodeImage(readImageBytes(inputs), setup);
    return [new Tensor("float32", chw, setup.inputDims)];
  }
  const probabilities = (result: ModelResult) => {
    const [scores] = result;
    if (!scores) {
      throw new Error("the classifier model gave no output");
    }
    return softmax(scores.data as Float32Array);
  };
  const label = (index: number) => setup.labels[index] ?? `class ${index}`;
  const top1 = (result: ModelResult) =>
    new Map([["label", makeStringTensor(label(rankTop(probabilities(result), 1)[0] ?? 0))]]);
  const top5 = (result: ModelResult) => {
    const scores = probabilities(result);
    const best = rankTop(scores, 5);
    return new Map([
      ["label", makeStringTensor(best.map(label).join(";"))],
      [
        "score",
        makeFloat32Tensor(
          [best.length],
          Float32Array.from(best, (i) => scores[i] ?? Number.NaN),
        ),
      ],
    ]);
  };
  const method = (
    name: string,
    outputs: string[],
    postprocess: ServableMethod["postprocess"],
  ): ServableMethod => ({
    name,
    inputs: ["image"],
    outputs,
    preprocess,
    postprocess,
  });
  return [
    method("classify_top1", ["label"], top1),
    method("classify_top1_v1", ["label"], top1),
    method("classify_top5", ["label", "score"], top5),
  ];
}
