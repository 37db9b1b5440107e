/** Pairs two runs' results instance by instance and output by output, saying what can be compared. */
import { Float16Array } from "@petamoriken/float16";
import { compareRanked, type RankedComparison } from "./compare-ranked";
import { findRankedOutputs, RANKED_LABEL, RANKED_SCORE } from "./find-ranked-outputs";
import type {
  NumericArray,
  NumericDType,
  NumericElement,
  OutputValue,
} from "../../protocol/tensor-types";
import type { InferResult, InstanceResult, RequestFailure } from "../serving/types";

/** Why two outputs of the same name are not compared element by element. */
export type MismatchProblem = "only-a" | "only-b" | "kind" | "dtype" | "shape" | "invalid";

/** One output name of one instance, compared. */
export type OutputComparison =
  | {
      kind: "numeric";
      name: string;
      dtype: NumericDType;
      shape: number[];
      a: NumericArray;
      b: NumericArray;
    }
  | { kind: "ranked"; name: string; ranked: RankedComparison }
  /** Strings (one or several), with the indexes that changed. */
  | { kind: "text"; name: string; a: string[]; b: string[]; changed: number[] }
  /** Bytes (one or several), with each element's size and the indexes that changed. */
  | { kind: "bytes"; name: string; sizesA: number[]; sizesB: number[]; changed: number[] }
  /** Not comparable: each side described as dtype and shape ("float32 [2, 2]"), or "—" when absent. */
  | { kind: "mismatch"; name: string; problem: MismatchProblem; a: string; b: string };

/** One instance position of both runs. */
export type InstanceComparison =
  | { index: number; kind: "outputs"; outputs: OutputComparison[] }
  /** At least one side is an instance error; the other side's error or undefined when it succeeded. */
  | { index: number; kind: "errors"; errorA?: string; errorB?: string }
  /** Only one run has an instance at this position. */
  | { index: number; kind: "only-a" | "only-b" };

/** The whole comparison of two runs. */
export type RunComparison =
  /** At least one side failed as a whole request. */
  | { kind: "failed"; failureA?: RequestFailure; failureB?: RequestFailure }
  | { kind: "instances"; countA: number; countB: number; instances: InstanceComparison[] };

/** Returns how two results pair up; numeric pairs carry both arrays for the element-wise diff. */
export function planComparison(a: InferResult, b: InferResult): RunComparison {
  if (!a.ok || !b.ok) {
    return { kind: "failed", failureA: a.ok ? undefined : a, failureB: b.ok ? undefined : b };
  }
  const count = Math.max(a.instances.length, b.instances.length);
  const instances: InstanceComparison[] = [];
  for (let index = 0; index < count; index += 1) {
    instances.push(pairInstance(index, a.instances[index], b.instances[index]));
  }
  return { kind: "instances", countA: a.instances.length, countB: b.instances.length, instances };
}

function pairInstance(
  index: number,
  a: InstanceResult | undefined,
  b: InstanceResult | undefined,
): InstanceComparison {
  if (!a || !b) {
    return { index, kind: a ? "only-a" : "only-b" };
  }
  if ("error" in a || "error" in b) {
    return {
      index,
      kind: "errors",
      errorA: "error" in a ? a.error : undefined,
      errorB: "error" in b ? b.error : undefined,
    };
  }
  return { index, kind: "outputs", outputs: pairOutputs(a.outputs, b.outputs) };
}

/** Returns the comparison of every output name of either side, in A's order then B's extras. */
export function pairOutputs(
  a: Readonly<Record<string, OutputValue>>,
  b: Readonly<Record<string, OutputValue>>,
): OutputComparison[] {
  const rankedA = findRankedOutputs(a);
  const rankedB = findRankedOutputs(b);
  const ranked = rankedA && rankedB;
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const result: OutputComparison[] = [];
  for (const name of names) {
    if (ranked && name === RANKED_SCORE) {
      continue;
    }
    if (ranked && name === RANKED_LABEL) {
      result.push({
        kind: "ranked",
        name: `${RANKED_LABEL}, ${RANKED_SCORE}`,
        ranked: compareRanked(rankedA.labels, rankedA.scores, rankedB.labels, rankedB.scores),
      });
      continue;
    }
    result.push(compareOutput(name, a[name], b[name]));
  }
  return result;
}

function compareOutput(
  name: string,
  a: OutputValue | undefined,
  b: OutputValue | undefined,
): OutputComparison {
  if (!a || !b) {
    return mismatch(name, a ? "only-a" : "only-b", a, b);
  }
  if (a.kind === "invalid" || b.kind === "invalid") {
    return mismatch(name, "invalid", a, b);
  }
  const numericA = toNumeric(a);
  const numericB = toNumeric(b);
  if (numericA && numericB) {
    if (numericA.dtype !== numericB.dtype) {
      return mismatch(name, "dtype", a, b);
    }
    if (!sameShape(a.shape, b.shape)) {
      return mismatch(name, "shape", a, b);
    }
    return {
      kind: "numeric",
      name,
      dtype: numericA.dtype,
      shape: [...a.shape],
      a: numericA.data,
      b: numericB.data,
    };
  }
  const textA = toTexts(a);
  const textB = toTexts(b);
  if (textA && textB) {
    return sameShape(a.shape, b.shape)
      ? {
          kind: "text",
          name,
          a: textA,
          b: textB,
          changed: changedIndexes(textA, textB, (x, y) => x === y),
        }
      : mismatch(name, "shape", a, b);
  }
  const bytesA = toBytes(a);
  const bytesB = toBytes(b);
  if (bytesA && bytesB) {
    return sameShape(a.shape, b.shape)
      ? {
          kind: "bytes",
          name,
          sizesA: bytesA.map((x) => x.length),
          sizesB: bytesB.map((x) => x.length),
          changed: changedIndexes(bytesA, bytesB, sameBytes),
        }
      : mismatch(name, "shape", a, b);
  }
  return mismatch(name, "kind", a, b);
}

function mismatch(
  name: string,
  problem: MismatchProblem,
  a: OutputValue | undefined,
  b: OutputValue | undefined,
): OutputComparison {
  return { kind: "mismatch", name, problem, a: describeOutputType(a), b: describeOutputType(b) };
}

/** Returns an output's type as dtype and shape, e.g. "float32 [2, 2]", "string [1]"; "—" when absent. */
export function describeOutputType(output: OutputValue | undefined): string {
  if (!output) {
    return "—";
  }
  const shape = `[${output.shape.join(", ")}]`;
  switch (output.kind) {
    case "tensor":
    case "scalar":
      return `${output.dtype} ${shape}`;
    case "string":
    case "strings":
      return `string ${shape}`;
    case "bytes":
    case "bytes-list":
      return `bytes ${shape}`;
    case "invalid":
      return `${output.dtype} ${shape}: ${output.error}`;
  }
}

function toNumeric(output: OutputValue): { dtype: NumericDType; data: NumericArray } | undefined {
  if (output.kind === "tensor") {
    return { dtype: output.dtype, data: output.data };
  }
  if (output.kind === "scalar") {
    return { dtype: output.dtype, data: scalarArray(output.dtype, output.value) };
  }
  return undefined;
}

/** Returns a one-element array of `dtype` holding a scalar output's value. */
export function scalarArray(dtype: NumericDType, value: NumericElement): NumericArray {
  const number = typeof value === "boolean" ? Number(value) : value;
  switch (dtype) {
    case "int64":
      return BigInt64Array.of(BigInt(number));
    case "uint64":
      return BigUint64Array.of(BigInt(number));
    case "float16":
      return Float16Array.of(Number(number));
    case "bool":
    case "uint8":
      return Uint8Array.of(Number(number));
    case "int8":
      return Int8Array.of(Number(number));
    case "int16":
      return Int16Array.of(Number(number));
    case "uint16":
      return Uint16Array.of(Number(number));
    case "int32":
      return Int32Array.of(Number(number));
    case "uint32":
      return Uint32Array.of(Number(number));
    case "float32":
      return Float32Array.of(Number(number));
    case "float64":
      return Float64Array.of(Number(number));
  }
}

function toTexts(output: OutputValue): string[] | undefined {
  if (output.kind === "string") {
    return [output.value];
  }
  return output.kind === "strings" ? output.values : undefined;
}

function toBytes(output: OutputValue): Uint8Array[] | undefined {
  if (output.kind === "bytes") {
    return [output.value];
  }
  return output.kind === "bytes-list" ? output.values : undefined;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((side, i) => side === b[i]);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function changedIndexes<T>(
  a: readonly T[],
  b: readonly T[],
  equal: (x: T, y: T) => boolean,
): number[] {
  const changed: number[] = [];
  const count = Math.max(a.length, b.length);
  for (let i = 0; i < count; i += 1) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined || !equal(x, y)) {
      changed.push(i);
    }
  }
  return changed;
}
