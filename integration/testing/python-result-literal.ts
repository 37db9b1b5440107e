/**
 * The console's result written as the Python expression of what `mindspore_serving.client`
 * returns for it: a list of dicts of numpy arrays (or {"error": text}).
 */
import { countOf, elementOf } from "../../src/code-export/normalize-value";
import { pythonElement, pythonShape, pythonString } from "../../src/code-export/python-literal";
import { numpyName } from "../../src/code-export/python-snippet";
import type { InferResult, OutputValue } from "../../src/serving/types";

/** Returns the Python expression of a result. */
export function pythonResultLiteral(result: InferResult): string {
  if (!result.ok) {
    return `{"error": ${pythonString(result.error)}}`;
  }
  const items = result.instances.map((instance) => {
    if ("error" in instance) {
      return `{"error": ${pythonString(instance.error)}}`;
    }
    const entries = Object.entries(instance.outputs).map(
      ([name, value]) => `${pythonString(name)}: ${outputLiteral(value)}`,
    );
    return `{${entries.join(", ")}}`;
  });
  return `[${items.join(", ")}]`;
}

function outputLiteral(value: OutputValue): string {
  switch (value.kind) {
    case "tensor": {
      const leaves = Array.from({ length: countOf(value.shape) }, (_, i) =>
        pythonElement(value.dtype, elementOf(value.dtype, value.data, i)),
      );
      const flat = `np.array([${leaves.join(", ")}], dtype=np.${numpyName(value.dtype)})`;
      return `${flat}.reshape(${pythonShape(value.shape)})`;
    }
    case "scalar":
      return `np.array([${pythonElement(value.dtype, value.value)}], dtype=np.${numpyName(value.dtype)}).reshape(${pythonShape(value.shape)})`;
    case "string":
      return pythonString(value.value);
    case "strings":
      return `[${value.values.map(pythonString).join(", ")}]`;
    case "bytes":
    case "bytes-list":
    case "invalid":
      throw new TypeError(`no Python literal for a ${value.kind} output in these tests`);
  }
}
