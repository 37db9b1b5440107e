import { encodeModel, makeNode, makeValueInfo } from "./onnx-builder";

/** The side of the matrix_add servable's square inputs. */
export const MATRIX_ADD_SIDE = 1000;

/** Returns the ONNX bytes of y = x1 + x2 over float32 [side, side] inputs, no batch dimension. */
export function buildMatrixAddModel(side = MATRIX_ADD_SIDE): Uint8Array {
  return encodeModel({
    name: "matrix_add",
    node: [makeNode("Add", ["x1", "x2"], ["y"])],
    input: [makeValueInfo("x1", [side, side]), makeValueInfo("x2", [side, side])],
    output: [makeValueInfo("y", [side, side])],
  });
}
