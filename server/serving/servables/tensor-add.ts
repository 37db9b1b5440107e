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
  const toTensor = (values: Float32Array, index: number) =>
    new Tensor("float32", values, model.inputs[index].dims);
  const addCommon: ServableMethod = {
    name: "add_common",
    inputs: INPUTS,
    outputs: ["y"],
    preprocess(inputs) {
      return INPUTS.map((name, i) => {
        const tensor = inputs.get(name)!;
        checkModelInput(i, tensor, model.inputs[i]);
        return toTensor(readFloat32(tensor), i);
      });
    },
    postprocess,
  };
  const addCast: ServableMethod = {
    name: "add_cast",
    inputs: INPUTS,
    outputs: ["y"],
    preprocess(inputs) {
      return INPUTS.map((name, i) => {
        const tensor = inputs.get(name)!;
        const values = castToFloat32(name, tensor);
        checkModelInput(i, makeFloat32Tensor(tensor.dims, values), model.inputs[i]);
        return toTensor(values, i);
      });
    },
    postprocess,
  };
  return [addCommon, addCast];
}
