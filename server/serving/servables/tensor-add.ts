import { Tensor } from "onnxruntime-node";
import { castToFloat32, readFloat32 } from "../cast-tensor";
import { checkModelInput } from "../check-model-input";
import { makeFloat32Tensor, type ServingTensor } from "../serving-tensor";
import type { Model, ModelResult, ServableMethod } from "../servable-types";

const INPUTS = ["x1", "x2"] as const;

function postprocess(result: ModelResult): Map<string, ServingTensor> {
  const [y] = result;
  if (!y) {
    throw new Error("the add model gave no output");
  }
  return new Map([["y", makeFloat32Tensor(y.dims, y.data as Float32Array)]]);
}

/**
 * Returns the methods of the tensor-add servable over a model taking two float32 inputs:
 * `add_common` passes x1 and x2 to the model as they are (float32 of the model's shape only),
 * `add_cast` first casts any numeric x1 and x2 to float32.
 */
export function createTensorAddMethods(model: Model): ServableMethod[] {
  const modelInput = (i: number) => {
    const info = model.inputs[i];
    if (!info) {
      throw new Error(`the add model has no input ${i}`);
    }
    return info;
  };
  const method = (
    name: string,
    readInput: (input: string, tensor: ServingTensor, index: number) => Float32Array,
  ): ServableMethod => ({
    name,
    inputs: INPUTS,
    outputs: ["y"],
    preprocess: (inputs) =>
      INPUTS.map(
        (input, i) =>
          new Tensor("float32", readInput(input, inputs.get(input)!, i), modelInput(i).dims),
      ),
    postprocess,
  });
  return [
    method("add_common", (_input, tensor, i) => {
      checkModelInput(i, tensor, modelInput(i));
      return readFloat32(tensor);
    }),
    method("add_cast", (input, tensor, i) => {
      const values = castToFloat32(input, tensor);
      checkModelInput(i, makeFloat32Tensor(tensor.dims, values), modelInput(i));
      return values;
    }),
  ];
}
