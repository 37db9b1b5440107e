import type { OutputValue } from "../../serving/types";

/** How one output is shown. "matrix" is a 2-D numeric grid that can also be shown as a heatmap. */
export type OutputViewKind =
  | "scalar"
  | "empty"
  | "vector"
  | "matrix"
  | "tensor"
  | "text"
  | "text-list"
  | "bytes"
  | "bytes-list"
  | "invalid";

/** Returns which view an output gets, from its kind and, for numeric tensors, its rank and size. */
export function chooseOutputView(output: OutputValue): OutputViewKind {
  switch (output.kind) {
    case "scalar":
      return "scalar";
    case "tensor":
      if (output.data.length === 0) {
        return "empty";
      }
      if (output.shape.length <= 1) {
        return "vector";
      }
      return output.shape.length === 2 ? "matrix" : "tensor";
    case "string":
      return "text";
    case "strings":
      return "text-list";
    case "bytes":
      return "bytes";
    case "bytes-list":
      return "bytes-list";
    case "invalid":
      return "invalid";
  }
}
