import { describe, expect, it } from "vitest";
import { fitClassifier } from "./fit-classifier";
import type { Model, ModelTensorInfo } from "../servable-types";

/** Model metadata only: fitClassifier reads dims and names, it never runs the model. */
function modelWith(inputs: ModelTensorInfo[], outputDims: number[]): Model {
  return {
    inputs,
    outputs: [{ name: "output", type: "float32", dims: outputDims }],
    batched: true,
    runBatch: () => Promise.reject(new Error("not run")),
    release: () => Promise.resolve(),
  };
}

const settings = { mean: [1, 2, 3], std: [4, 5, 6], labels: "unused" } as const;
const image = (dims: number[]): ModelTensorInfo => ({ name: "input", type: "float32", dims });
const names = ["a", "b", "c"];

describe("fitClassifier()", () => {
  it("takes size and class count from the model and names class 1000 of 1001 'empty'", () => {
    const setup = fitClassifier(
      modelWith([image([3, 224, 224])], [1001]),
      settings,
      Array(1000).fill("x"),
    );
    expect(setup.size).toBe(224);
    expect(setup.inputDims).toEqual([3, 224, 224]);
    expect(setup.labels).toHaveLength(1001);
    expect(setup.labels[1000]).toBe("empty");
    expect(setup.mean).toEqual([1, 2, 3]);
  });

  it("feeds a fixed-batch model its own dims", () => {
    const setup = fitClassifier(modelWith([image([1, 3, 96, 96])], [1, 3]), settings, names);
    expect([setup.size, setup.inputDims, setup.labels]).toEqual([
      96,
      [1, 3, 96, 96],
      ["a", "b", "c"],
    ]);
  });

  it("uses the configured size and class count where the model leaves them open", () => {
    const setup = fitClassifier(
      modelWith([image([3, -1, -1])], [-1]),
      { ...settings, inputSize: 64, classes: 4 },
      names,
    );
    expect([setup.size, setup.inputDims]).toEqual([64, [3, 64, 64]]);
    expect(setup.labels).toEqual(["a", "b", "c", "class 3"]);
  });

  it("refuses settings the model contradicts", () => {
    const model = modelWith([image([3, 224, 224])], [1000]);
    expect(() => fitClassifier(model, { ...settings, inputSize: 299 }, names)).toThrow(
      "The model takes 224x224 images, the servable config says 299",
    );
    expect(() => fitClassifier(model, { ...settings, input: "data" }, names)).toThrow(
      "The model's input is input, the servable config names data",
    );
    const twoInputs = modelWith([image([3, 8, 8]), image([3, 8, 8])], [10]);
    expect(() => fitClassifier(twoInputs, settings, names)).toThrow(
      "takes one input, this one takes 2",
    );
  });
});
