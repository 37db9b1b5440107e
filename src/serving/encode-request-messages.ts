/** The messages between the page and the request-encoding worker. */
import { describeError } from "../../shared/describe-value";
import { InvalidInputError } from "./invalid-input-error";
import type { WireSpec } from "../../protocol/wire-tensor";
import type { DetachedInstances } from "./detach-large-bytes";
import type { EncodedPredictRequest } from "./encode-predict-request";
import type { Instance, WireVersion } from "./types";

/** What the page asks the worker to encode. */
export interface EncodeJob {
  wire: WireVersion;
  spec: WireSpec;
  instances: Instance | readonly Instance[];
}

/** An encode job as posted: large byte values travel as Blobs beside the instances. */
export interface PostedEncodeJob {
  wire: WireVersion;
  spec: WireSpec;
  instances: DetachedInstances;
}

/** Why encoding failed, in a form that crosses the thread boundary. */
export type EncodeFailure =
  | { invalid: true; reason: string; instanceIndex?: number; inputName?: string }
  | { invalid: false; message: string };

/**
 * The worker's answer to the job numbered `id`: the request as a Blob, which crosses to the page
 * and into fetch without a copy.
 */
export type EncodeAnswer = { id: number } & (
  | ({ ok: true; request: Blob } & Omit<EncodedPredictRequest, "request">)
  | { ok: false; failure: EncodeFailure }
);

/** Returns the failure of a caught error as a message can carry it. */
export function describeEncodeFailure(error: unknown): EncodeFailure {
  return error instanceof InvalidInputError
    ? {
        invalid: true,
        reason: error.reason,
        instanceIndex: error.instanceIndex,
        inputName: error.inputName,
      }
    : { invalid: false, message: describeError(error) };
}

/** Returns the error the client rejects with for a failure the worker reported. */
export function rebuildEncodeFailure(failure: EncodeFailure): Error {
  return failure.invalid
    ? new InvalidInputError(failure.reason, failure.instanceIndex, failure.inputName)
    : new Error(failure.message);
}
