/**
 * The editable form of instance inputs: what the user types, kept as text so nothing is lost
 * (int64 beyond 2^53, a half-typed number) until it is built into a protocol value at send time.
 */
import { numericDTypes } from "../../protocol/dtypes";
import type { NumericDType } from "../serving/types";
import type { GridCells } from "./array-cells";

/** The value kinds an input can take, mirroring the Python client's accepted types. */
export type InputKind =
  "tensor" | "scalar" | "bool" | "int" | "float" | "string" | "bytes" | "image";

/** Every input kind, in the order a picker lists them. */
export const INPUT_KINDS: readonly InputKind[] = [
  "tensor",
  "scalar",
  "bool",
  "int",
  "float",
  "string",
  "bytes",
  "image",
];

/** The 12 numeric dtypes, in DataType order (the order of the serving dtype table). */
export const NUMERIC_DTYPES = Object.keys(numericDTypes) as readonly NumericDType[];

/** A declared input of the selected method: its name and the kind new instances start with. */
export interface InputDecl {
  name: string;
  kind: InputKind;
  /** Starting dtype of a tensor or typed scalar. */
  dtype?: NumericDType;
  /** Starting shape of a tensor (rank 1 or 2 opens the grid, higher rank the text editor). */
  shape?: number[];
}

/** A file held by reference; its bytes live in the files store (and IndexedDB). */
export interface FileRef {
  id: string;
  name: string;
  size: number;
  type: string;
}

/** How a tensor is edited: a 1-row grid, a rows×cols grid, or nested-list text of any rank. */
export type TensorEditor = "1d" | "2d" | "nd";

/**
 * A tensor being edited; `cells` is row-major rows×cols (texts, or a typed array read from a file
 * with the texts typed over it), `text` is used by the "nd" editor.
 */
export interface TensorDraft {
  kind: "tensor";
  dtype: NumericDType;
  editor: TensorEditor;
  rows: number;
  cols: number;
  cells: GridCells;
  text: string;
}

/** One input's draft value. */
export type DraftValue =
  | TensorDraft
  | { kind: "scalar"; dtype: NumericDType; text: string }
  | { kind: "bool"; value: boolean }
  | { kind: "int"; text: string }
  | { kind: "float"; text: string }
  | { kind: "string"; value: string }
  | { kind: "bytes"; file?: FileRef }
  | { kind: "image"; file?: FileRef };

/** One instance being composed: a stable id and input name → draft value. */
export interface DraftInstance {
  id: string;
  values: Record<string, DraftValue>;
}

/** Returns a fresh draft value of the given kind, shaped by the declaration when it has one. */
export function createDraftValue(kind: InputKind, decl?: Omit<InputDecl, "name">): DraftValue {
  const dtype = decl?.dtype ?? "float32";
  switch (kind) {
    case "tensor": {
      const shape = decl?.shape ?? [2, 2];
      if (shape.length > 2) {
        return {
          kind,
          dtype,
          editor: "nd",
          rows: 1,
          cols: 1,
          cells: ["0"],
          text: zerosText(shape),
        };
      }
      const rows = shape.length === 2 ? (shape[0] ?? 1) : 1;
      const cols = shape.at(-1) ?? 1;
      const editor = shape.length === 2 ? "2d" : "1d";
      return { kind, dtype, editor, rows, cols, cells: Array(rows * cols).fill("0"), text: "" };
    }
    case "scalar":
      return { kind, dtype, text: "0" };
    case "bool":
      return { kind, value: false };
    case "int":
    case "float":
      return { kind, text: "0" };
    case "string":
      return { kind, value: "" };
    case "bytes":
    case "image":
      return { kind };
  }
}

/** Returns nested-list text of zeros in the given shape, e.g. [[0, 0], [0, 0]]. */
export function zerosText(shape: readonly number[]): string {
  if (shape.length === 0) {
    return "0";
  }
  const inner = zerosText(shape.slice(1));
  return `[${Array(shape[0]).fill(inner).join(", ")}]`;
}

/** Returns a new unique id for an instance or a file. */
export function createId(): string {
  return crypto.randomUUID();
}
