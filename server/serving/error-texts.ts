// The whole-request and instance error texts, worded as MindSpore Serving words them (docs/architecture.md, "Serving fidelity").
import type { ServingGeneration } from "./serving-generation";

/** What a request names, as the texts need it. */
interface NamedRequest {
  readonly servable: string;
  readonly method: string;
  readonly version: number;
}

/**
 * Returns Serving's description of a request: `servable(NAME) method(METHOD) ` plus ` version(N) ` when N is
 * not 0. Serving keeps the version as uint64, so a negative 1.2 (int64) version reads as 2^64 + N.
 */
export function describeRequestSpec(spec: NamedRequest): string {
  const version =
    spec.version !== 0 ? ` version(${BigInt.asUintN(64, BigInt(Math.trunc(spec.version)))}) ` : "";
  return `servable(${spec.servable}) method(${spec.method}) ${version}`;
}

/** Returns the text for a servable name or version that is not loaded. */
export function describeMissingServable(spec: NamedRequest): string {
  return `Request ${describeRequestSpec(spec)}, servable is not available`;
}

/** Returns the text for a method the servable does not declare. */
export function describeMissingMethod(spec: NamedRequest): string {
  return `Request ${describeRequestSpec(spec)}, method is not available`;
}

/** Returns r1.2's text for a request without instances. */
export function describeNoInstances(spec: NamedRequest): string {
  return `Instances count of request cannot be 0, servable: ${spec.servable}, method: ${spec.method}`;
}

/** Returns the text for a request that would overflow the waiting-request limit. */
export function describeEnqueueLimit(limit: number): string {
  return `Serving Error: enqueued requests count exceeds the limit ${limit}`;
}

/** Returns the whole-request text for a declared input missing from an instance. */
export function describeMissingInput(input: string, spec: NamedRequest): string {
  return `Cannot find input ${input} in instance input , servable ${spec.servable}, method ${spec.method}`;
}

/** Returns the whole-request text for a declared input whose tensor is malformed; `detail` says how. */
export function describeInputCheck(input: string, detail: string): string {
  return `Instances input ${input} check failed, detail: ${detail}`;
}

/** Returns the text for a model input of the wrong data type. */
export function describeDtypeMismatch(index: number, given: string, wanted: string): string {
  return `Given model input ${index} data type ${given} not match the data type ${wanted} defined in model`;
}

/** Returns the text for a model input of the wrong byte size. */
export function describeSizeMismatch(index: number, given: number, wanted: number): string {
  return `Given model input ${index} size ${given} not match the size ${wanted} defined in model`;
}

/** Where a Python stage failed: the servable, method, function and 1-based stage index. */
export interface FailedStage {
  readonly servable: string;
  readonly method: string;
  readonly functionName: string;
  readonly stageIndex: number;
}

/**
 * Returns the instance text for a preprocess that raised: r1.2 (and r1.3–r1.4) say only `Preprocess Failed`,
 * master names the stage function and carries the exception text.
 */
export function describePreprocessFailure(
  generation: ServingGeneration,
  stage: FailedStage,
  reason: string,
): string {
  switch (generation) {
    case "r1.2":
      return "Preprocess Failed";
    case "master":
      return (
        `Call Function '${stage.servable}.${stage.functionName}' Failed, method: '${stage.method}',` +
        ` stage index(begin with 1): ${stage.stageIndex}, error msg: ${reason}`
      );
  }
}
