import type { OutputValue } from "../../serving/types";

/** Returns the one-line description of an output: dtype, shape and element count where they apply. */
export function describeOutput(output: OutputValue): string {
  const shape = `shape [${output.shape.join(", ")}]`;
  switch (output.kind) {
    case "scalar":
      return `${output.dtype} scalar · ${shape}`;
    case "tensor":
      return `${output.dtype} · ${shape} · ${output.data.length.toLocaleString("en-US")} elements`;
    case "string":
      return `string · ${shape}`;
    case "strings":
      return `string · ${shape} · ${output.values.length} values`;
    case "bytes":
      return `bytes · ${shape}`;
    case "bytes-list":
      return `bytes · ${shape} · ${output.values.length} values`;
    case "invalid":
      return `${output.dtype} · ${shape}`;
  }
}
