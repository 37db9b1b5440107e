import { Tensor } from "onnxruntime-node";
import { DataType } from "../../../protocol/dtypes";
import { describeError } from "../../../shared/describe-value";
import { nameDtype } from "../dtype-table";
import { PreprocessError } from "../errors";
import { decodeImage } from "../image-preprocess";
import { rankTop } from "../rank-scores";
import { makeFloat32Tensor, makeStringTensor, type ServingTensor } from "../serving-tensor";
import type { ModelFeed, ModelResult, ServableMethod } from "../servable-types";
import type { ClassifierSetup } from "./fit-classifier";

/** The Python preprocess of Serving's ResNet-50 example, whose name master's failure texts carry. */
const PREPROCESS_FUNCTION = "preprocess_eager";

function readImageBytes(inputs: ReadonlyMap<string, ServingTensor>): Uint8Array {
  const image = inputs.get("image");
  if (image?.dtype !== DataType.MS_BYTES) {
    const given = nameDtype(image?.dtype ?? DataType.MS_UNKNOWN);
    throw new Error(
      `Input image has data type ${given}, an encoded image of data type kMSI_Bytes is expected`,
    );
  }
  const [bytes] = image.bytesVal;
  if (bytes === undefined || image.bytesVal.length !== 1) {
    throw new Error(`Input image must hold one encoded image, it holds ${image.bytesVal.length}`);
  }
  return bytes;
}

/**
 * Returns the methods of an image-classifier servable, as the Serving ResNet-50 example declares them:
 * `classify_top1(image) -> label`, `classify_top1_v1(image) -> label` and `classify_top5(image) -> label, score`
 * (five names joined by ";" and the model's raw scores for those five classes, as `score[idx]` gives them).
 * A failing preprocess throws PreprocessError naming `preprocess_eager`.
 */
export function createClassifierMethods(setup: ClassifierSetup): ServableMethod[] {
  async function preprocess(inputs: ReadonlyMap<string, ServingTensor>): Promise<ModelFeed> {
    try {
      const chw = await decodeImage(readImageBytes(inputs), setup);
      return [new Tensor("float32", chw, setup.inputDims)];
    } catch (error) {
      throw new PreprocessError(PREPROCESS_FUNCTION, describeError(error));
    }
  }
  const scoresOf = (result: ModelResult) => {
    const [scores] = result;
    if (!scores) {
      throw new Error("the classifier model returned no scores");
    }
    return scores.data as Float32Array;
  };
  const labelOf = (index: number) => setup.labels[index] ?? String(index);
  const top1 = (result: ModelResult) =>
    new Map([["label", makeStringTensor(rankTop(scoresOf(result), 1).map(labelOf).join(";"))]]);
  const top5 = (result: ModelResult) => {
    const scores = scoresOf(result);
    const best = rankTop(scores, 5);
    return new Map([
      ["label", makeStringTensor(best.map(labelOf).join(";"))],
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
