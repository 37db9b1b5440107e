/**
 * Plain TypeScript types of the protocol layer: what callers give `ServingClient.infer`
 * and what they get back. No generated protobuf class ever crosses this boundary.
 */
import type {
  NumericDType,
  NumericElement,
  NumericArray,
  OutputValue,
} from "../../protocol/tensor-types";
import type { WireVersion } from "../../protocol/wire-version";

export type {
  DType,
  NumericArray,
  NumericDType,
  NumericElement,
  OutputValue,
} from "../../protocol/tensor-types";
export type { WireVersion } from "../../protocol/wire-version";

/** An n-d array (numpy ndarray): sent with its dtype, its shape, raw bytes in C order. */
export interface TensorInput {
  kind: "tensor";
  dtype: NumericDType;
  shape: readonly number[];
  data: NumericArray;
}

/** A numpy-style typed scalar (e.g. np.float32(1.5)): sent as that dtype with shape [] (0-d). */
export interface TypedScalarInput {
  kind: "scalar";
  dtype: NumericDType;
  value: NumericElement;
}

/**
 * A value of one instance input, mirroring the Python client's accepted types.
 * Plain JS values: boolean → bool [1]; integer number or bigint → int64 [1];
 * non-integer number → float64 [1]; string → MS_STRING [1]; Uint8Array → MS_BYTES [1].
 * The tagged forms say the Python type explicitly (a float that happens to be whole: `{kind:"float"}`).
 */
export type InstanceValue =
  | TensorInput
  | TypedScalarInput
  | { kind: "bool"; value: boolean }
  | { kind: "int"; value: number | bigint }
  | { kind: "float"; value: number }
  | { kind: "string"; value: string }
  | { kind: "bytes"; value: Uint8Array }
  | boolean
  | number
  | bigint
  | string
  | Uint8Array;

/** One instance: input name → value. */
export type Instance = Record<string, InstanceValue>;

/** One instance's result: its outputs, or that instance's error. */
export type InstanceResult = { outputs: Record<string, OutputValue> } | { error: string };

/** Why a whole request failed; callers choose what to say by this, never by the error text. */
export type FailureCause =
  /** No HTTP response at all: the gateway is down or unreachable, or CORS refused the origin. */
  | "unreachable"
  /** An HTTP response without a gRPC status: not the gRPC-Web endpoint, or CORS hides the status. */
  | "not-grpc-web"
  /** The gateway answered UNAVAILABLE (over REST: 502/503) because it cannot reach Serving. */
  | "upstream-unreachable"
  /** RESOURCE_EXHAUSTED (over REST: 413, or a reply over the limit): a message exceeded a size limit. */
  | "too-large"
  /** No reply within the deadline. */
  | "deadline"
  /** The call was cancelled (CANCELLED). */
  | "cancelled"
  /** Any other gRPC status. */
  | "grpc-error"
  /** A REST reply with an HTTP status other than 200 that names none of the other causes. */
  | "http-error"
  /** Serving has no such servable, method or version. */
  | "not-available"
  /** Serving's request queue is full. */
  | "busy"
  /**
   * Serving read no instances from a gRPC-Web request that carried some: it likely speaks the
   * other wire version (`likelyWire`), which puts instances in another field.
   */
  | "wire-mismatch"
  /** Any other whole-request error_msg from Serving. */
  | "serving-error"
  /** The reply is not a PredictReply (over REST: not Serving's JSON), or breaks the reply rules. */
  | "protocol-error"
  /** Something failed that is none of the above (a bug, or an environment without fetch). */
  | "unexpected";

/** A whole-request failure: its cause, the text to show, and the gRPC or HTTP status when there was one. */
export interface RequestFailure {
  ok: false;
  cause: FailureCause;
  error: string;
  grpcStatus?: number;
  grpcStatusName?: string;
  /** HTTP status of a REST reply that was not 200. */
  httpStatus?: number;
  /** With cause "wire-mismatch": the wire version Serving likely speaks. */
  likelyWire?: WireVersion;
}

/** The outcome of `infer`: either one result per instance, or one whole-request failure. */
export type InferResult = { ok: true; instances: InstanceResult[] } | RequestFailure;

/** How requests travel: gRPC-Web to MSService.Predict, or Serving's RESTful JSON API. */
export type Transport = "grpc-web" | "rest";

/** Where and what a client calls. */
export interface ServingTarget {
  /** Base URL of the gRPC-Web endpoint (Envoy or the dev gateway), e.g. http://localhost:8080. */
  url: string;
  servable: string;
  method: string;
  /** 0 (default) selects the latest version. */
  version?: number | bigint;
  /** Default "1.3". */
  wire?: WireVersion;
  /** Default "grpc-web"; "rest" posts JSON to `{url}/model/<servable>[/version/<n>]:<method>`. */
  transport?: Transport;
  /** Extra request metadata (gRPC headers, or HTTP headers over REST), e.g. { authorization: "Bearer …" }. */
  metadata?: Record<string, string>;
}

/** Per-call options of `infer`. */
export interface InferOptions {
  /** Aborting rejects the call with an AbortError (DOMException name "AbortError"). */
  signal?: AbortSignal;
  /** Deadline sent as grpc-timeout; an expired call is a DEADLINE_EXCEEDED whole-request error. */
  timeoutMs?: number;
  /** Largest REST reply body read, in bytes (default 128 MiB); a larger one is a whole-request error. */
  maxReplyBytes?: number;
  /** Called once the request is encoded, with its size in bytes (gRPC-Web). */
  onRequestBytes?: (bytes: number) => void;
  /** Called as reply bytes arrive, with the running count (gRPC-Web over fetch). */
  onReceived?: (bytes: number) => void;
}

/** `infer` plus what a tool shows about the exchange. */
export interface InferExchange {
  result: InferResult;
  /** How the request travelled (absent means gRPC-Web). */
  transport?: Transport;
  /** The wire version of a gRPC-Web request. */
  wire?: WireVersion;
  /** Serialized PredictRequest size in bytes (the JSON body over REST). */
  requestBytes: number;
  /** Serialized PredictReply size in bytes (0 when the transport failed). */
  replyBytes: number;
  /** Wall time from send to the end of the call, in milliseconds. */
  elapsedMs: number;
  /** The request as proto3-JSON-like data for a raw view (long byte fields summarized). */
  requestJson: unknown;
  /** The reply likewise, or null when none arrived. */
  replyJson: unknown;
  /**
   * Set when the reply came from the stand-in's seeded, untrained model (it answers with the
   * header `x-stand-in-model: untrained`): its labels are random.
   */
  untrainedModel?: boolean;
}
