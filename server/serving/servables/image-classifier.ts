import { Tensor } from "onnxruntime-node";
import { DataType } from "../../../src/serving/generated/serving-1.3/ms_service";
import { nameDtype } from "../dtype-table";
import { InstanceError } from "../errors";
import { decodeImage, type ImageNormalization } from "../image-preprocess";
import { rankTop, softmax } from "../rank-scores";
import { makeFloat32Tensor, makeStringTensor, type ServingTensor } from "../serving-tensor";
import type { ClassifierSettings } from "../servable-config";
import type { Model, ModelFeed, ModelResult, ServableMethod } from "../servable-types";

/** A classifier fitted to its model: image normalization and one label per model class. */
export interface ClassifierSetup extends ImageNormalization {
  readonly labels: readonly string[];
  /** Dims of one instance's model input: the model's own where fixed (e.g. [1, 3, 224, 224]), else [3, size, size]. */
  readonly inputDims: readonly number[];
}

/**
 * Returns the classifier setup for `model`: image size from the model's input dims (the settings' where the
 * model leaves it open), class count from the settings, else the model's output dims. A 1001-class model gets
 * label 1000 "empty". Throws when model and settings disagree.
 */
export function fitClassifier(
  model: Model,
  settings: ClassifierSettings,
  labelList: readonly string[],
): ClassifierSetup {
  if (model.inputs.length !== 1) {
    throw new Error(
      `An image classifier model takes one input, this one takes ${model.inputs.length}`,
    );
  }
  const input = model.inputs[0];
  if (settings.input !== undefined && settings.input !== input.name) {
    throw new Error(
      `The model's input is ${input.name}, the servable config names ${settings.input}`,
    );
  }
  const height = input.dims.at(-2) ?? -1;
  if (height > 0 && settings.inputSize !== undefined && settings.inputSize !== height) {
    throw new Error(
      `The model takes ${height}x${height} images, the servable config says ${settings.inputSize}`,
    );
  }
  const size = height > 0 ? height : (settings.inputSize ?? 224);
  const width = model.outputs[0]?.dims.at(-1) ?? -1;
  const classes = settings.classes ?? (width > 0 ? width : labelList.length);
  const labels = Array.from(
    { length: classes },
    (_, i) => labelList[i] ?? (i === 1000 ? "empty" : `class ${i}`),
  );
  const inputDims = input.dims.every((d) => d > 0) ? input.dims : [3, size, size];
  return { size, mean: settings.mean, std: settings.std, labels, inputDims };
}

function readImageBytes(inputs: ReadonlyMap<string, ServingTensor>): Uint8Array {
  const image = inputs.get("image")!;
  if (image.dtype !== DataType.MS_BYTES) {
    throw new InstanceError(
      `Input image has data type ${nameDtype(image.dtype)}, an encoded image of data type kMSI_Bytes is expected`,
    );
  }
  if (image.bytesVal.length !== 1) {
    throw new InstanceError(
      `Input image must hold one encoded image, it holds ${image.bytesVal.length}`,
    );
  }
  return image.bytesVal[0];
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
  const probabilities = (result: ModelResult) => softmax(result[0].data as Float32Array);
  const top1 = (result: ModelResult) =>
    new Map([["label", makeStringTensor(setup.labels[rankTop(probabilities(result), 1)[0]])]]);
  const top5 = (result: ModelResult) => {
    const scores = probabilities(result);
    const best = rankTop(scores, 5);
    return new Map([
      ["label", makeStringTensor(best.map((i) => setup.labels[i]).join(";"))],
      [
        "score",
        makeFloat32Tensor(
          [best.length],
          Float32Array.from(best, (i) => scores[i]),
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
