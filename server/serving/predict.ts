import { describeError } from "../../shared/describe-value";
import { createBatchQueue, type BatchQueue } from "./batch-queue";
import { describeEnqueueLimit, describeNoInstances } from "./error-texts";
import { RequestError } from "./errors";
import { prepareInstance } from "./prepare-instance";
import { selectMethod, type MethodSpec } from "./select-method";
import type { ModelFeed, ModelResult, Servable, ServableVersion } from "./servable-types";
import type { ServingTensor } from "./serving-tensor";

/** A decoded Predict request. */
export interface PlainRequest extends MethodSpec {
  readonly instances: readonly ReadonlyMap<string, ServingTensor>[];
}

/** One instance's outcome: its outputs, or the text of its error. */
export type InstanceOutcome =
  { readonly outputs: ReadonlyMap<string, ServingTensor> } | { readonly error: string };

/** A Predict reply before encoding: a whole-request error, or one outcome per instance in request order. */
export type PlainReply =
  { readonly error: string } | { readonly instances: readonly InstanceOutcome[] };

/** Runs Predict requests against loaded servables. */
export interface Predictor {
  /** Returns the reply to a request; never throws for bad input. */
  predict(request: PlainRequest): Promise<PlainReply>;
  /** Instances admitted and not yet answered. */
  readonly pending: number;
}

/** Returns a Predictor whose model batches hold at most `maxBatch` instances and that admits at most `maxEnqueued` waiting instances. */
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
  let pending = 0;

  async function run(request: PlainRequest): Promise<PlainReply> {
    const { version, method } = selectMethod(byName, request);
    const count = request.instances.length;
    if (count === 0) {
      throw new RequestError(describeNoInstances());
    }
    if (pending + count > options.maxEnqueued) {
      throw new RequestError(describeEnqueueLimit(options.maxEnqueued));
    }
    pending += count;
    try {
      const feeds = await Promise.allSettled(
        request.instances.map((inputs) => prepareInstance(method, inputs)),
      );
      const ready = feeds.flatMap((f) => (f.status === "fulfilled" ? [f.value] : []));
      const results = queues.get(version)!.push(ready);
      let next = 0;
      const slots = feeds.map((f) => (f.status === "fulfilled" ? results[next++] : undefined));
      const outcomes = feeds.map(async (feed, i): Promise<InstanceOutcome> => {
        if (feed.status === "rejected") {
          return { error: describeError(feed.reason) };
        }
        try {
          return { outputs: method.postprocess(await slots[i]!) };
        } catch (error) {
          return { error: describeError(error) };
        }
      });
      return { instances: await Promise.all(outcomes) };
    } finally {
      pending -= count;
    }
  }

  return {
    async predict(request) {
      try {
        return await run(request);
      } catch (error) {
        if (error instanceof RequestError) {
          return { error: error.message };
        }
        throw error;
      }
    },
    get pending() {
      return pending;
    },
  };
}
