import type { ServingTensor } from "./serving-tensor";
import type { Tensor } from "onnxruntime-node";

/** One instance's model inputs in model input order, without the batch dimension. */
export type ModelFeed = readonly Tensor[];

/** One instance's model outputs in model output order, without the batch dimension. */
export type ModelResult = readonly Tensor[];

/** A model input or output as the loaded model declares it (dims without the batch dimension; -1 = any). */
export interface ModelTensorInfo {
  readonly name: string;
  readonly type: Tensor.Type;
  readonly dims: readonly number[];
}

/** A loaded model that runs a batch of instances at once. */
export interface Model {
  readonly inputs: readonly ModelTensorInfo[];
  readonly outputs: readonly ModelTensorInfo[];
  /** True where every input has a leading batch dimension, so instances can share one run. */
  readonly batched: boolean;
  /** Returns one result per feed, in feed order. */
  runBatch(feeds: readonly ModelFeed[]): Promise<ModelResult[]>;
  release(): Promise<void>;
}

/** A method as `register_method` declares it: named inputs and outputs around the model stage. */
export interface ServableMethod {
  readonly name: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  /** Returns the model feed of one instance; throws InstanceError for bad input. */
  preprocess(inputs: ReadonlyMap<string, ServingTensor>): ModelFeed | Promise<ModelFeed>;
  /** Returns the method outputs of one instance from its model result. */
  postprocess(result: ModelResult): Map<string, ServingTensor>;
}

/** One version of a servable: its model and the methods around it. */
export interface ServableVersion {
  readonly version: number;
  readonly model: Model;
  readonly methods: ReadonlyMap<string, ServableMethod>;
  /** True when the model is the server's own seeded, untrained one (its labels mean nothing). */
  readonly untrained?: boolean;
}

/** A servable: a name and its loaded versions. */
export interface Servable {
  readonly name: string;
  readonly versions: ReadonlyMap<number, ServableVersion>;
  /** Lines for the start-up banner beyond the methods (e.g. "labels are untrained"). */
  readonly notes: readonly string[];
}
