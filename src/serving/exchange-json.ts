/** JSON-friendly views of a PredictRequest and PredictReply for a raw-message panel. */
import { decodeTensor, elementAt } from "../../protocol/decode-tensor";
import { dtypeOfWire, wireDataTypeName } from "../../protocol/dtypes";
import type { WireInstance, WireReply, WireSpec, WireTensor } from "../../protocol/wire-tensor";
import type { OutputValue } from "./types";

/** Byte fields up to this size are shown whole (as hex); longer ones are summarized. */
const FULL_BYTES = 64;
/** Bytes of a summarized field's head shown as hex. */
const HEAD_BYTES = 16;
/** Numeric tensors up to this many elements also show their values. */
const MAX_VALUES = 64;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Returns the request as proto-JSON-like data: field names as in the .proto, long bytes summarized. */
export function requestToJson(spec: WireSpec, instances: WireInstance[]): unknown {
  return { servable_spec: specToJson(spec), instances: instances.map(instanceToJson) };
}

/** Returns the reply likewise; error_msg text is shown decoded. */
export function replyToJson(reply: WireReply): unknown {
  return {
    ...(reply.spec ? { servable_spec: specToJson(reply.spec) } : {}),
    ...(reply.status !== undefined ? { status: reply.status } : {}),
    instances: reply.instances.map(instanceToJson),
    error_msg: reply.errors.map((e) => ({ error_code: e.code, error_msg: textOrBytes(e.message) })),
  };
}

function specToJson(spec: WireSpec): unknown {
  return { name: spec.name, method_name: spec.methodName, version_number: spec.version };
}

function instanceToJson(items: WireInstance): unknown {
  return { items: Object.fromEntries(items.map(([name, tensor]) => [name, tensorToJson(tensor)])) };
}

/** Returns one tensor's view; small numeric tensors also get a `values` list read from `data`. */
export function tensorToJson(tensor: WireTensor): Record<string, unknown> {
  const view: Record<string, unknown> = {
    shape: { dims: tensor.dims },
    dtype: wireDataTypeName(tensor.dtype),
  };
  const dtype = dtypeOfWire(tensor.dtype);
  if (tensor.data.byteLength > 0 || (dtype !== "string" && dtype !== "bytes")) {
    view.data = summarizeBytes(tensor.data);
    // Only small tensors are decoded: the view must stay cheap for multi-megabyte replies.
    const values =
      tensor.data.byteLength <= MAX_VALUES * 8 ? valuesOf(decodeTensor(tensor)) : undefined;
    if (values !== undefined) {
      view.values = values;
    }
  }
  if (tensor.bytesVal.length > 0) {
    view.bytes_val = tensor.bytesVal.map((b) =>
      dtype === "string" ? textOrBytes(b) : summarizeBytes(b),
    );
  }
  return view;
}

/** Returns `"<n bytes> hex…"`: the whole content when short, else its first bytes. */
export function summarizeBytes(bytes: Uint8Array): string {
  const shown = bytes.subarray(0, bytes.byteLength <= FULL_BYTES ? FULL_BYTES : HEAD_BYTES);
  const hex = Array.from(shown, (b) => b.toString(16).padStart(2, "0")).join("");
  const more = shown.byteLength < bytes.byteLength ? "…" : "";
  return `<${bytes.byteLength} bytes>${hex === "" ? "" : ` ${hex}${more}`}`;
}

function textOrBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > 4096) {
    return summarizeBytes(bytes);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return summarizeBytes(bytes);
  }
}

// bigint and non-finite numbers have no JSON form; they are shown as strings, as proto3 JSON does.
function jsonNumber(value: number | bigint | boolean): number | string | boolean {
  return typeof value === "number" && Number.isFinite(value)
    ? value
    : typeof value === "boolean"
      ? value
      : String(value);
}

function valuesOf(output: OutputValue): unknown[] | undefined {
  if (output.kind === "scalar") {
    return [jsonNumber(output.value)];
  }
  if (output.kind === "tensor" && output.data.length <= MAX_VALUES) {
    const { dtype, data } = output;
    return Array.from({ length: data.length }, (_, i) => jsonNumber(elementAt(dtype, data, i)));
  }
  return undefined;
}
