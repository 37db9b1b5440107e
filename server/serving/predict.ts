import { describeError } from "../../shared/describe-value";
import { createBatchQueue, type BatchQueue } from "./batch-queue";
import { checkRequestInstances } from "./check-request-instances";
import { collapseSameErrors } from "./collapse-errors";
import {
  describeEnqueueLimit,
  describeMissingServable,
  describeNoInstances,
  describePreprocessFailure,
} from "./error-texts";
import { InstanceError, PreprocessError, RequestError } from "./errors";
import { createHeldRequests } from "./held-requests";
import { selectMethod, type MethodSpec } from "./select-method";
import { SERVING_STATUS, type ServingGeneration } from "./serving-generation";
import type { ModelFeed, ModelResult, Servable, ServableVersion } from "./servable-types";
import type { ServingTensor } from "./serving-tensor";

/** A decoded Predict request. */
export interface PlainRequest extends MethodSpec {
  readonly instances: readonly ReadonlyMap<string, ServingTensor>[];
}

/** One instance's outcome: its outputs, or the text and Serving status code of its error. */
export type InstanceOutcome =
  | { readonly outputs: ReadonlyMap<string, ServingTensor> }
  | { readonly error: string; readonly code: number };

/**
 * A Predict reply before encoding: a whole-request error (code default FAILED), or one outcome per instance
 * in request order.
 */
export type PlainReply =
  | { readonly error: string; readonly code?: number }
  | { readonly instances: readonly InstanceOutcome[] };

/** How one request is answered: whose semantics, and the signal of its caller giving up. */
export interface PredictOptions {
  /** Default "master", the semantics of Serving ≥ 1.3. */
  readonly generation?: ServingGeneration;
  readonly signal?: AbortSignal;
}

/** Runs Predict requests against loaded servables. */
export interface Predictor {
  /** Returns the reply to a request; never throws for bad input. */
  predict(request: PlainRequest, options?: PredictOptions): Promise<PlainReply>;
  /** Returns whether the servable version `spec` names runs the seeded, untrained model (false when it names none). */
  usesUntrainedModel(spec: MethodSpec): boolean;
  /** Requests admitted and not yet answered. */
  readonly pending: number;
  /** Answers the requests that would otherwise never be answered (see predict), now and from now on. */
  close(): void;
}

/** Returns a Predictor whose model batches hold at most `maxBatch` instances and that admits at most `maxEnqueued` requests at once. */
export function createPredictor(
  servables: readonly Servable[],
  options: { readonly maxBatch: number; readonly maxEnqueued: number },
): Predictor {
  const byName = new Map(servables.map((s) => [s.name, s]));
  const queues = new Map<ServableVersion, BatchQueue<ModelFeed, ModelResult>>();
  for (const servable of servables) {
    for (const version of servable.versions.values()) {
      queues.set(
        version,
        createBatchQueue((feeds) => version.model.runBatch(feeds), options.maxBatch),
      );
    }
  }
  const held = createHeldRequests();
  let pending = 0;

  function describeFailure(
    error: unknown,
    request: PlainRequest,
    generation: ServingGeneration,
  ): InstanceOutcome {
    if (error instanceof InstanceError) {
      return { error: error.message, code: SERVING_STATUS.INVALID_INPUTS };
    }
    if (error instanceof PreprocessError) {
      const stage = { ...request, functionName: error.functionName, stageIndex: 1 };
      return {
        error: describePreprocessFailure(generation, stage, error.message),
        code: generation === "r1.2" ? SERVING_STATUS.INVALID_INPUTS : SERVING_STATUS.SYSTEM_ERROR,
      };
    }
    return { error: describeError(error), code: SERVING_STATUS.SYSTEM_ERROR };
  }

  async function run(
    request: PlainRequest,
    generation: ServingGeneration,
    signal: AbortSignal | undefined,
  ): Promise<PlainReply> {
    const { version, method } = selectMethod(byName, request);
    if (request.instances.length === 0) {
      if (generation === "r1.2") {
        throw new RequestError(describeNoInstances(request));
      }
      // Master queues a job without tasks and never answers it (model_thread.cc); its shutdown answers so.
      await held.hold(signal);
      return { error: describeMissingServable(request), code: SERVING_STATUS.INVALID_INPUTS };
    }
    checkRequestInstances(request, method.inputs, generation);
    const feeds = await Promise.allSettled(
      request.instances.map(async (inputs) => method.preprocess(inputs)),
    );
    const ready = feeds.flatMap((f) => (f.status === "fulfilled" ? [f.value] : []));
    const queue = queues.get(version);
    if (!queue) {
      throw new Error(`no batch queue for ${request.servable} version ${version.version}`);
    }
    const results = queue.push(ready);
    let next = 0;
    const slots = feeds.map((f) => (f.status === "fulfilled" ? results[next++] : undefined));
    const outcomes = await Promise.all(
      feeds.map(async (feed, i): Promise<InstanceOutcome> => {
        try {
          if (feed.status === "rejected") {
            throw feed.reason;
          }
          const slot = slots[i];
          if (!slot) {
            throw new Error("the instance has no model result");
          }
          return { outputs: method.postprocess(await slot) };
        } catch (error) {
          return describeFailure(error, request, generation);
        }
      }),
    );
    return generation === "master" ? collapseSameErrors(outcomes) : { instances: outcomes };
  }

  return {
    async predict(request, { generation = "master", signal } = {}) {
      // Serving counts requests in flight, whatever their instance count (dispacther.cc).
      if (pending >= options.maxEnqueued) {
        return { error: describeEnqueueLimit(options.maxEnqueued) };
      }
      pending += 1;
      try {
        return await run(request, generation, signal);
      } catch (error) {
        if (error instanceof RequestError) {
          return { error: error.message };
        }
        throw error;
      } finally {
        pending -= 1;
      }
    },
    usesUntrainedModel(spec) {
      try {
        return selectMethod(byName, spec).version.untrained === true;
      } catch {
        return false;
      }
    },
    get pending() {
      return pending;
    },
    close() {
      held.close();
    },
  };
}
