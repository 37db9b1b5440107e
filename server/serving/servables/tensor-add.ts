import { Tensor } from "onnxruntime-node";
import { castToFloat32, readFloat32 } from "../cast-tensor";
import { checkModelInput } from "../check-model-input";
import { makeFloat32Tensor, type ServingTensor } from "../serving-tensor";
import type { Model, ModelResult, ServableMethod } from "../servable-types";

const INPUTS = ["x1", "x2"] as const;

function postprocess(result: ModelResult): Map<string, ServingTensor> {
  const [y] = result;
  return new Map([["y", makeFloat32Tensor(y.dims, y.data as Float32Array)]]);
}

/**
 * Returns the methods of the tensor-add servable over a model taking two float32 inputs:
 * `add_common` passes x1 and x2 to the model as they are (float32 of the model's shape only),
 * `add_cast` first casts any numeric x1 and x2 to float32.
 */
export function createTensorAddMethods(model: Model): ServableMethod[] {
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
          new Tensor("float32", readInput(input, inputs.get(input)!, i), model.inputs[i].dims),
      ),
    postprocess,
  });
  return [
    method("add_common", (_input, tensor, i) => {
      checkModelInput(i, tensor, model.inputs[i]);
      return readFloat32(tensor);
    }),
    method("add_cast", (input, tensor, i) => {
      const values = castToFloat32(input, tensor);
      checkModelInput(i, makeFloat32Tensor(tensor.dims, values), model.inputs[i]);
      return values;
    }),
  ];
}
