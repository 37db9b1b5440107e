/** Turns a tensor draft into the protocol's TensorInput, validating every element. */
import { Float16Array } from "@petamoriken/float16";
import { describeError } from "../../shared/describe-value";
import { isArrayCells, listCellTexts } from "./array-cells";
import { buildArrayCells } from "./build-array-cells";
import { parseElement } from "./parse-element";
import { parseNestedList } from "./parse-nested-list";
import type { NumericArray, NumericDType, NumericElement, TensorInput } from "../serving/types";
import type { TensorDraft } from "./draft-value";

/** A built tensor, or the first problem found (with the flat index of the offending element). */
export type BuiltTensor =
  { ok: true; tensor: TensorInput } | { ok: false; error: string; index?: number };

/** Returns the shape and element texts a tensor draft describes; throws when its nd text is malformed. */
export function readTensorDraft(draft: TensorDraft): { shape: number[]; values: string[] } {
  if (draft.editor === "nd") {
    const { shape, values } = parseNestedList(draft.text);
    return { shape, values };
  }
  const shape = gridShape(draft);
  return { shape, values: listCellTexts(draft.cells) };
}

function gridShape(draft: TensorDraft): number[] {
  return draft.editor === "2d" ? [draft.rows, draft.cols] : [draft.cols];
}

/** Returns the tensor the draft describes, or the first invalid element's message. */
export function buildTensor(draft: TensorDraft): BuiltTensor {
  if (draft.editor !== "nd" && isArrayCells(draft.cells)) {
    // A file's elements are already typed: only the cells typed over them need parsing.
    const shape = gridShape(draft);
    const built = buildArrayCells(draft.cells, draft.dtype);
    if (built?.ok === true) {
      return { ok: true, tensor: { kind: "tensor", dtype: draft.dtype, shape, data: built.data } };
    }
    if (built) {
      const { error, index } = built;
      return { ok: false, error: `at ${describeIndex(index, shape)}: ${error}`, index };
    }
  }
  let read: { shape: number[]; values: string[] };
  try {
    read = readTensorDraft(draft);
  } catch (error) {
    return { ok: false, error: `cannot read the array: ${describeError(error)}` };
  }
  const elements: NumericElement[] = [];
  for (let i = 0; i < read.values.length; i++) {
    const parsed = parseElement(read.values[i] ?? "", draft.dtype);
    if (!parsed.ok) {
      return { ok: false, error: `at ${describeIndex(i, read.shape)}: ${parsed.error}`, index: i };
    }
    elements.push(parsed.value);
  }
  return {
    ok: true,
    tensor: {
      kind: "tensor",
      dtype: draft.dtype,
      shape: read.shape,
      data: createNumericArray(draft.dtype, elements),
    },
  };
}

/** Returns a typed array of the dtype's storage holding the elements (bool as 0/1 bytes). */
export function createNumericArray(
  dtype: NumericDType,
  elements: readonly NumericElement[],
): NumericArray {
  switch (dtype) {
    case "bool":
      return Uint8Array.from(elements, (e) => (e === true || e === 1 || e === 1n ? 1 : 0));
    case "int64":
      return BigInt64Array.from(elements, (e) => BigInt(e));
    case "uint64":
      return BigUint64Array.from(elements, (e) => BigInt(e));
    case "float16":
      return Float16Array.from(elements.map(Number));
    default:
      return new NUMBER_ARRAYS[dtype](elements.map(Number));
  }
}

const NUMBER_ARRAYS = {
  int8: Int8Array,
  uint8: Uint8Array,
  int16: Int16Array,
  uint16: Uint16Array,
  int32: Int32Array,
  uint32: Uint32Array,
  float32: Float32Array,
  float64: Float64Array,
};

/** Returns the numpy index of a flat C-order index, as the grid headers count: "[1, 0]". */
export function describeIndex(index: number, shape: readonly number[]): string {
  const coords: number[] = [];
  let rest = index;
  for (let d = shape.length - 1; d >= 0; d--) {
    const side = shape[d] ?? 1;
    coords.unshift(rest % side);
    rest = Math.floor(rest / side);
  }
  return `[${coords.join(", ")}]`;
}
