/**
 * The messages between the page and the reply-decoding worker. Numeric tensors cross as their
 * dtype, shape and an ArrayBuffer that is transferred, not copied (the float16 array class cannot
 * be cloned at all), with the stats and heatmap blocks of large ones computed beside them.
 */
import { numericDTypes } from "../../protocol/dtypes";
import { rememberTensorSummary, SUMMARY_MIN_ELEMENTS, summarizeTensor } from "./tensor-summaries";
import type { DecodedReply, ReplyDecodeJob } from "./decode-reply";
import type { TensorSummary } from "./tensor-summaries";
import type { InferResult, InstanceResult, NumericDType, OutputValue } from "./types";

/** A decode job as posted, numbered so answers find their caller. */
export interface PostedDecodeJob extends ReplyDecodeJob {
  id: number;
}

/** A numeric tensor as it crosses the thread boundary. */
export interface PackedTensor {
  kind: "packed-tensor";
  dtype: NumericDType;
  shape: number[];
  /** The elements, exactly `count × width` bytes. */
  buffer: ArrayBuffer;
  summary?: TensorSummary;
}

/** An output as it crosses: a numeric tensor packed, anything else as it is. */
export type PackedOutput = Exclude<OutputValue, { kind: "tensor" }> | PackedTensor;

/** An instance result as it crosses. */
export type PackedInstanceResult = { outputs: Record<string, PackedOutput> } | { error: string };

/** A result as it crosses. */
export type PackedResult =
  { ok: true; instances: PackedInstanceResult[] } | Exclude<InferResult, { ok: true }>;

/** The worker's first message (it can take jobs) and its answers to jobs. */
export type DecodeAnswer =
  | { ready: true }
  | { id: number; ok: true; result: PackedResult; replyJson: unknown }
  | { id: number; ok: false; message: string };

/** Returns the decoded reply packed for posting, and the buffers to transfer with it. */
export function packDecodedReply(decoded: DecodedReply): {
  result: PackedResult;
  replyJson: unknown;
  transfer: ArrayBuffer[];
} {
  const transfer = new Set<ArrayBuffer>();
  // Only a buffer the value owns whole is transferred; a shared one is copied by the clone.
  const give = (view: ArrayBufferView): void => {
    const { buffer } = view;
    if (
      buffer instanceof ArrayBuffer &&
      view.byteOffset === 0 &&
      view.byteLength === buffer.byteLength
    ) {
      transfer.add(buffer);
    }
  };
  const packOutput = (output: OutputValue): PackedOutput => {
    switch (output.kind) {
      case "tensor": {
        const { dtype, shape, data } = output;
        // decodeTensor gives each tensor its own buffer of exactly its elements, which moves
        // as it is; any other view is cut out of its buffer.
        const owned =
          data.buffer instanceof ArrayBuffer &&
          data.byteOffset === 0 &&
          data.byteLength === data.buffer.byteLength;
        const buffer = owned
          ? (data.buffer as ArrayBuffer)
          : (data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
        const summary =
          data.length >= SUMMARY_MIN_ELEMENTS ? summarizeTensor(shape, data) : undefined;
        transfer.add(buffer);
        return { kind: "packed-tensor", dtype, shape, buffer, ...(summary ? { summary } : {}) };
      }
      case "bytes":
        give(output.value);
        return output;
      case "bytes-list":
        output.values.forEach(give);
        return output;
      case "scalar":
      case "string":
      case "strings":
      case "invalid":
        return output;
    }
  };
  const { result, replyJson } = decoded;
  const packed: PackedResult = result.ok
    ? {
        ok: true,
        instances: result.instances.map((instance) =>
          "error" in instance
            ? instance
            : {
                outputs: Object.fromEntries(
                  Object.entries(instance.outputs).map(([name, output]) => [
                    name,
                    packOutput(output),
                  ]),
                ),
              },
        ),
      }
    : result;
  return { result: packed, replyJson, transfer: [...transfer] };
}

/** Returns the decoded reply a packed one stands for, keeping each tensor's summary for the views. */
export function unpackDecodedReply(packed: PackedResult, replyJson: unknown): DecodedReply {
  if (!packed.ok) {
    return { result: packed, replyJson };
  }
  const unpackOutput = (output: PackedOutput): OutputValue => {
    if (output.kind !== "packed-tensor") {
      return output;
    }
    const { dtype, shape, buffer, summary } = output;
    const info = numericDTypes[dtype];
    const data = info.view(buffer, 0, buffer.byteLength / info.width);
    if (summary) {
      rememberTensorSummary(data, summary);
    }
    return { kind: "tensor", dtype, shape, data };
  };
  const instances = packed.instances.map((instance): InstanceResult =>
    "error" in instance
      ? instance
      : {
          outputs: Object.fromEntries(
            Object.entries(instance.outputs).map(([name, output]) => [name, unpackOutput(output)]),
          ),
        },
  );
  return { result: { ok: true, instances }, replyJson };
}
