import { Tensor } from "onnxruntime-node";
import { castToFloat32, readFloat32 } from "../cast-tensor";
import { checkModelInput } from "../check-model-input";
import { makeFloat32Tensor, type ServingTensor } from "../serving-tensor";
import type { Model, ModelResult, ModelTensorInfo, ServableMethod } from "../servable-types";

const INPUTS = ["x1", "x2"] as const;

function postprocess(result: ModelResult): Map<string, ServingTensor> {
  const [y] = result;
  if (!y) {
    throw new Error("the add model returned no output");
  }
  return new Map([["y", makeFloat32Tensor(y.dims, y.data as Float32Array)]]);
}

/**
 * Returns the methods of the tensor-add servable over a model taking two float32 inputs, as the Serving add
 * example registers them: `add_common` passes x1 and x2 to the model as they are (Serving checks their byte
 * size and data type only), `add_cast` first casts any numeric x1 and x2 to float32 in its preprocess
 * `add_trans_datatype`.
 */
export function createTensorAddMethods(model: Model): ServableMethod[] {
  const method = (
    name: string,
    readInput: (tensor: ServingTensor, index: number, info: ModelTensorInfo) => Float32Array,
  ): ServableMethod => ({
    name,
    inputs: INPUTS,
    outputs: ["y"],
    preprocess: (inputs) =>
      INPUTS.map((input, i) => {
        const tensor = inputs.get(input);
        const info = model.inputs[i];
        if (!tensor || !info) {
          throw new Error(`input ${input} reached the add model unchecked`);
        }
        return new Tensor("float32", readInput(tensor, i, info), info.dims);
      }),
    postprocess,
  });
  return [
    method("add_common", (tensor, i, info) => {
      checkModelInput(i, tensor, info);
      return readFloat32(tensor);
    }),
    method("add_cast", (tensor, i, info) => {
      const values = castToFloat32(tensor);
      checkModelInput(i, makeFloat32Tensor(tensor.dims, values), info);
      return values;
    }),
  ];
}
