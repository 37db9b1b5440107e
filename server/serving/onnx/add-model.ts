import { encodeModel, makeNode, makeValueInfo } from "./onnx-builder";

/** Returns the ONNX bytes of the tutorial's tensor-add model: y = x1 + x2, all float32 [2, 2], no batch dimension. */
export function buildAddModel(): Uint8Array {
  return encodeModel({
    name: "tensor_add",
    node: [makeNode("Add", ["x1", "x2"], ["y"])],
    input: [makeValueInfo("x1", [2, 2]), makeValueInfo("x2", [2, 2])],
    output: [makeValueInfo("y", [2, 2])],
  });
}
