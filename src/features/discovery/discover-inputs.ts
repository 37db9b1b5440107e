/**
 * Learns a method's inputs from the errors Serving gives, without running the model: every probe
 * is missing an input or carries an input whose byte size or dtype the model refuses, and Serving
 * checks those before inference (names first; then per model input, size and then dtype).
 */
import { numericDTypes } from "../../../protocol/dtypes";
import { readServingError } from "./read-serving-error";
import type { Instance, InferResult, NumericDType, TensorInput } from "../../serving/types";

/** Sends one instance to the method and returns Serving's answer. */
export type ProbePredict = (instance: Instance) => Promise<InferResult>;

/** What discovery learned about one input of the method. */
export interface LearnedInput {
  name: string;
  /** Looks like an image by its name (the method decodes it before the model, if so). */
  image: boolean;
  /** Bytes the model takes at this input's position, when Serving said. */
  byteSize?: number;
  dtype?: NumericDType;
}

/** The outcome of a discovery run. */
export interface DiscoveryOutcome {
  inputs: LearnedInput[];
  calls: number;
  /** True when every input's name, size and dtype were learned. */
  complete: boolean;
  /** Why discovery stopped before that, in words. */
  stopped?: string;
}

/** Options of discoverInputs. */
export interface DiscoveryOptions {
  predict: ProbePredict;
  /** Asked before call 11, 21, …; resolving false stops discovery. */
  confirmMore(callsSoFar: number): Promise<boolean>;
  /** Calls sent without asking (default 10). */
  callsWithoutAsking?: number;
}

// Probes the model is unlikely to take; a dtype guessed right simply moves Serving to the next input.
const DTYPE_PROBES: readonly NumericDType[] = ["uint16", "int16", "uint32", "uint64", "int8"];
const IMAGE_NAME = /image|img|picture|photo/i;
const MAX_INPUTS = 256;

/** Returns what Serving's errors told about the method's inputs; rejects only when `predict` does. */
export async function discoverInputs(options: DiscoveryOptions): Promise<DiscoveryOutcome> {
  const step = options.callsWithoutAsking ?? 10;
  const inputs: LearnedInput[] = [];
  const probes: Instance = {};
  const dtypeProbeOf = new Map<number, NumericDType>();
  let calls = 0;
  let allowed = step;
  const finish = (stopped?: string): DiscoveryOutcome => ({
    inputs,
    calls,
    complete: stopped === undefined,
    ...(stopped === undefined ? {} : { stopped }),
  });

  for (;;) {
    if (calls >= allowed) {
      if (!(await options.confirmMore(calls))) {
        return finish(`stopped after ${calls} calls, as asked`);
      }
      allowed += step;
    }
    calls++;
    const result = await options.predict({ ...probes });
    const error = errorOf(result);
    if (error === undefined) {
      settlePassedProbes(inputs, dtypeProbeOf, inputs.length);
      return finish(
        inputs.length === 0
          ? "Serving ran the method without inputs: it declares none"
          : "Serving ran the method, so it reports nothing more",
      );
    }
    const fact = readServingError(error);
    switch (fact.kind) {
      case "missing-input": {
        if (probes[fact.name] !== undefined || inputs.length >= MAX_INPUTS) {
          return finish(`Serving asked again for input ${fact.name}: "${error}"`);
        }
        inputs.push({ name: fact.name, image: IMAGE_NAME.test(fact.name) });
        probes[fact.name] = emptyTensor();
        continue;
      }
      case "input-size":
      case "input-dtype": {
        const input = inputs[fact.index];
        if (!input) {
          return finish(
            `Serving named model input ${fact.index}, which the method does not take: "${error}"`,
          );
        }
        // Inputs before this one passed both checks: a dtype probe that passed was the right dtype.
        settlePassedProbes(inputs, dtypeProbeOf, fact.index);
        if (fact.kind === "input-size") {
          if (input.byteSize !== undefined) {
            return finish(
              `input ${input.name} is changed before the model (a preprocess): model input ${fact.index} takes ${fact.wanted} bytes, the method's own input size and dtype are not known`,
            );
          }
          input.byteSize = fact.wanted;
          const probe = dtypeProbe(fact.wanted);
          dtypeProbeOf.set(fact.index, probe.dtype);
          probes[input.name] = probe;
          continue;
        }
        if (!fact.wanted) {
          return finish(
            `Serving named a data type discovery does not know (${fact.wantedName}): "${error}"`,
          );
        }
        input.dtype = fact.wanted;
        dtypeProbeOf.delete(fact.index);
        if (fact.index === inputs.length - 1) {
          return finish(); // a full valid request would run the model
        }
        probes[input.name] = zeros(
          fact.wanted,
          (input.byteSize ?? 0) / numericDTypes[fact.wanted].width,
        );
        continue;
      }
      case "other":
        return finish(
          inputs.length === 0
            ? `Serving's answer is not one discovery reads: "${error}"`
            : `Serving's answer after the names is not one discovery reads, so sizes and dtypes are not known: "${error}"`,
        );
    }
  }
}

/** Returns the 1-d shape a learned input fills, or undefined while its size or dtype is unknown. */
export function describeLearnedShape(input: LearnedInput): number[] | undefined {
  if (input.dtype === undefined || input.byteSize === undefined) {
    return undefined;
  }
  return [input.byteSize / numericDTypes[input.dtype].width];
}

function settlePassedProbes(
  inputs: LearnedInput[],
  dtypeProbeOf: Map<number, NumericDType>,
  failingIndex: number,
): void {
  for (const [index, dtype] of dtypeProbeOf) {
    const input = inputs[index];
    if (index < failingIndex && input) {
      input.dtype = dtype;
      dtypeProbeOf.delete(index);
    }
  }
}

function errorOf(result: InferResult): string | undefined {
  if (!result.ok) {
    return result.error;
  }
  const first = result.instances[0];
  return first && "error" in first ? first.error : undefined;
}

// Zero bytes: no model input is that small, so Serving refuses it on size before inference.
function emptyTensor(): TensorInput {
  return { kind: "tensor", dtype: "int8", shape: [0], data: new Int8Array(0) };
}

function dtypeProbe(byteSize: number): TensorInput {
  const dtype = DTYPE_PROBES.find((d) => byteSize % numericDTypes[d].width === 0) ?? "int8";
  return zeros(dtype, byteSize / numericDTypes[dtype].width);
}

function zeros(dtype: NumericDType, length: number): TensorInput {
  return { kind: "tensor", dtype, shape: [length], data: numericDTypes[dtype].alloc(length) };
}
