import type { ImageNormalization } from "../image-preprocess";
import type { ClassifierSettings } from "../servable-config";
import type { Model } from "../servable-types";

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
  const [input] = model.inputs;
  if (!input || model.inputs.length !== 1) {
    throw new Error(
      `An image classifier model takes one input, this one takes ${model.inputs.length}`,
    );
  }
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
