/**
 * Plain TypeScript types of the protocol layer: what callers give `ServingClient.infer`
 * and what they get back. No generated protobuf class ever crosses this boundary.
 */
import type { Float16Array } from "@petamoriken/float16";

/** The 12 numeric DataTypes, named as numpy names them. */
export type NumericDType =
  | "bool"
  | "int8"
  | "uint8"
  | "int16"
  | "uint16"
  | "int32"
  | "uint32"
  | "int64"
  | "uint64"
  | "float16"
  | "float32"
  | "float64";

/** Every DataType a tensor can carry on the wire (MS_UNKNOWN excluded). */
export type DType = NumericDType | "string" | "bytes";

/**
 * Element storage per dtype: bool is one byte per value (0 or 1) in a Uint8Array,
 * float16 is the library's Float16Array, int64/uint64 are BigInt64Array/BigUint64Array.
 */
export type NumericArray =
  | Uint8Array
  | Int8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | Float16Array
  | Float32Array
  | Float64Array;

/** One element of a numeric tensor as JavaScript holds it. */
export type NumericElement = number | bigint | boolean;

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

/** A decoded output of one instance (DESIGN §3 rule 3). */
export type OutputValue =
  /** A numeric tensor with more than one element. */
  | { kind: "tensor"; dtype: NumericDType; shape: number[]; data: NumericArray }
  /** A numeric 0-d or single-element tensor, shown as a scalar; shape kept for display. */
  | { kind: "scalar"; dtype: NumericDType; shape: number[]; value: NumericElement }
  /** MS_STRING with one element. */
  | { kind: "string"; shape: number[]; value: string }
  /** MS_STRING with several elements. */
  | { kind: "strings"; shape: number[]; values: string[] }
  /** MS_BYTES with one element. */
  | { kind: "bytes"; shape: number[]; value: Uint8Array }
  /** MS_BYTES with several elements. */
  | { kind: "bytes-list"; shape: number[]; values: Uint8Array[] }
  /** A tensor the reply carried in a form that cannot be read (length/shape/dtype disagree). */
  | { kind: "invalid"; dtype: string; shape: number[]; error: string };

/** One instance's result: its outputs, or that instance's error. */
export type InstanceResult = { outputs: Record<string, OutputValue> } | { error: string };

/**
 * The outcome of `infer`: either one result per instance, or one whole-request error
 * (a Serving error_msg, a protocol error, or a transport failure naming the gRPC status).
 */
export type InferResult =
  | { ok: true; instances: InstanceResult[] }
  | {
      ok: false;
      error: string;
      grpcStatus?: number;
      grpcStatusName?: string;
      /** HTTP status of a REST reply that was not 200. */
      httpStatus?: number;
      /**
       * The wire version Serving likely speaks when the error says it read no instances from a
       * request that carried some (the two versions put instances in different fields).
       */
      likelyWire?: WireVersion;
    };

/** Which MSService encoding to speak (DESIGN §2): "1.3" for Serving ≥ 1.3, "1.2" for 1.1–1.2. */
export type WireVersion = "1.3" | "1.2";

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
}
