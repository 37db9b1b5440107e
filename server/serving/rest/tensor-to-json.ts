import { getFloat16 } from "@petamoriken/float16";
import { DataType } from "../../../protocol/dtypes";
import { findDtype } from "../dtype-table";
import { countElements, type ServingTensor } from "../serving-tensor";
import { dumpJsonFloat } from "./dump-json-number";

/** A reply that Serving's REST layer cannot turn into JSON; the message is Serving's text. */
export class ReplyJsonError extends Error {
  override name = "ReplyJsonError";
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function readText(tensor: ServingTensor, index: number): string {
  const entries = tensor.bytesVal.length;
  const kind = tensor.dtype === DataType.MS_STRING ? "string" : "bytes";
  if (entries === 0) {
    throw new ReplyJsonError(`reply ${kind}, size is 0`);
  }
  const entry = tensor.bytesVal[index];
  if (entry === undefined) {
    throw new ReplyJsonError(`reply ${kind}, index:${index} is more than size:${entries}`);
  }
  if (tensor.dtype === DataType.MS_BYTES) {
    return `{"b64":${JSON.stringify(Buffer.from(entry).toString("base64"))}}`;
  }
  try {
    // Escapes as Serving's JSON library does: quote, backslash, and control characters as \b \f \n \r \t or \u00xx.
    return JSON.stringify(strictUtf8.decode(entry));
  } catch {
    throw new ReplyJsonError("reply string is not valid UTF-8");
  }
}

function readNumber(tensor: ServingTensor, view: DataView, index: number): string {
  const itemSize = findDtype(tensor.dtype)?.itemSize ?? 0;
  if ((index + 1) * itemSize > view.byteLength) {
    throw new ReplyJsonError(`reply data size ${view.byteLength} is less than its shape needs`);
  }
  const at = index * itemSize;
  switch (tensor.dtype) {
    case DataType.MS_BOOL:
      return view.getUint8(at) !== 0 ? "true" : "false";
    case DataType.MS_INT8:
      return String(view.getInt8(at));
    case DataType.MS_UINT8:
      return String(view.getUint8(at));
    case DataType.MS_INT16:
      return String(view.getInt16(at, true));
    case DataType.MS_UINT16:
      return String(view.getUint16(at, true));
    case DataType.MS_INT32:
      return String(view.getInt32(at, true));
    case DataType.MS_UINT32:
      return String(view.getUint32(at, true));
    case DataType.MS_INT64:
      return String(view.getBigInt64(at, true));
    case DataType.MS_UINT64:
      return String(view.getBigUint64(at, true));
    case DataType.MS_FLOAT16:
      return dumpJsonFloat(getFloat16(view, at, true));
    case DataType.MS_FLOAT32:
      return dumpJsonFloat(view.getFloat32(at, true));
    case DataType.MS_FLOAT64:
      return dumpJsonFloat(view.getFloat64(at, true));
    default:
      throw new ReplyJsonError("reply data type is not supported");
  }
}

/**
 * Returns the JSON text of one output tensor as Serving's REST API writes it: a 0-d tensor as a scalar, others
 * as nested arrays; strings as JSON strings, bytes as `{"b64": ...}`. Throws ReplyJsonError with Serving's text
 * for a tensor it cannot write (unknown type, a string or bytes tensor of more than one dimension).
 */
export function writeTensorJson(tensor: ServingTensor): string {
  if (tensor.dtype === DataType.MS_UNKNOWN || findDtype(tensor.dtype) === undefined) {
    throw new ReplyJsonError(
      tensor.dims.length === 0 ? "Data type is unknown" : "reply data type is unknown",
    );
  }
  const isText = tensor.dtype === DataType.MS_STRING || tensor.dtype === DataType.MS_BYTES;
  const view = new DataView(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength);
  const element = (index: number) =>
    isText ? readText(tensor, index) : readNumber(tensor, view, index);
  if (tensor.dims.length === 0) {
    return element(0);
  }
  if (isText && tensor.dims.length !== 1) {
    throw new ReplyJsonError(
      `reply string or bytes, shape should be 1, given shape size:${tensor.dims.length}`,
    );
  }
  const dims = tensor.dims;
  const walk = (depth: number, position: number): string => {
    const size = dims[depth] ?? 0;
    const stride = countElements(dims.slice(depth + 1));
    const items: string[] = [];
    for (let i = 0; i < size; i++) {
      items.push(
        depth === dims.length - 1 ? element(position + i) : walk(depth + 1, position + i * stride),
      );
    }
    return `[${items.join(",")}]`;
  };
  return walk(0, 0);
}
