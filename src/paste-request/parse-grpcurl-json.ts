/**
 * Reads a PredictRequest in protobuf's JSON mapping (what `grpcurl -d` takes), for both wire
 * layouts (their JSON is the same: the field is named `instances` in each). Field names may be
 * lowerCamelCase or the proto's own; int64 may be a string or a number; bytes are base64.
 */
import { decodeBase64 } from "../../shared/base64";
import { pasteErrorAt } from "./paste-error";
import { member, type JsonNode } from "./read-json";
import { describeOversizeTensor } from "./tensor-limits";
import { textsFromBytes } from "./texts-from-bytes";
import type { NumericDType } from "../../protocol/tensor-types";
import type { PastedInstance, PastedTarget, PastedValue } from "./pasted-request";

type DataTypeName = NumericDType | "string" | "bytes";

// DataType enum names and numbers, as ms_service.proto declares them.
const DATA_TYPES: readonly (DataTypeName | undefined)[] = [
  undefined,
  "bool",
  "int8",
  "uint8",
  "int16",
  "uint16",
  "int32",
  "uint32",
  "int64",
  "uint64",
  "float16",
  "float32",
  "float64",
  "string",
  "bytes",
];
const ENUM_NAMES = [
  "MS_UNKNOWN",
  "MS_BOOL",
  "MS_INT8",
  "MS_UINT8",
  "MS_INT16",
  "MS_UINT16",
  "MS_INT32",
  "MS_UINT32",
  "MS_INT64",
  "MS_UINT64",
  "MS_FLOAT16",
  "MS_FLOAT32",
  "MS_FLOAT64",
  "MS_STRING",
  "MS_BYTES",
];

const utf8 = new TextDecoder("utf-8", { fatal: true });
type Fail = (node: { at: number }, message: string) => never;

/** Returns whether the JSON looks like a PredictRequest (rather than a REST body). */
export function isPredictRequestJson(root: JsonNode): boolean {
  if (member(root, "servableSpec", "servable_spec")) {
    return true;
  }
  const instances = member(root, "instances");
  const first = instances?.type === "array" ? instances.items[0] : undefined;
  return first !== undefined && member(first, "items") !== undefined;
}

/** Returns the target and instances of a PredictRequest in JSON; `text` locates errors. */
export function parseGrpcurlJson(
  root: JsonNode,
  text: string,
): { target: PastedTarget; instances: PastedInstance[] } {
  const fail: Fail = (node, message) => {
    throw pasteErrorAt(text, node.at, message);
  };
  if (root.type !== "object") {
    return fail(root, "expected a PredictRequest JSON object");
  }
  for (const [key, , keyAt] of root.entries) {
    if (!["servableSpec", "servable_spec", "instances"].includes(key)) {
      fail({ at: keyAt }, `unknown PredictRequest field "${key}"`);
    }
  }
  const target: PastedTarget = {};
  const spec = member(root, "servableSpec", "servable_spec");
  if (spec) {
    const name = member(spec, "name");
    const method = member(spec, "methodName", "method_name");
    const version = member(spec, "versionNumber", "version_number");
    if (name) {
      target.servable = stringField(name, "name", fail);
    }
    if (method) {
      target.method = stringField(method, "method_name", fail);
    }
    if (version) {
      target.version = Number(integerText(version, fail));
    }
  }
  const instances = member(root, "instances");
  if (instances && instances.type !== "array") {
    return fail(instances, '"instances" is an array');
  }
  return {
    target,
    instances: (instances?.items ?? []).map((instance) => {
      const items = member(instance, "items");
      if (instance.type !== "object" || (items && items.type !== "object")) {
        return fail(instance, 'an instance is {"items": {input: Tensor}}');
      }
      return items?.type === "object"
        ? items.entries.map(([name, tensor]): [string, PastedValue] => [
            name,
            tensorValue(tensor, fail),
          ])
        : [];
    }),
  };
}

function stringField(node: JsonNode, name: string, fail: Fail): string {
  return node.type === "string" ? node.value : fail(node, `${name} is a string`);
}

function integerText(node: JsonNode, fail: Fail): string {
  const text = node.type === "number" ? node.text : node.type === "string" ? node.value : "";
  return /^\d+$/.test(text) ? text : fail(node, "expected a non-negative integer");
}

function dtypeOf(node: JsonNode | undefined, fail: Fail, at: JsonNode): DataTypeName {
  if (!node) {
    return fail(at, "the tensor has no dtype");
  }
  const index =
    node.type === "string"
      ? ENUM_NAMES.indexOf(node.value)
      : node.type === "number" && /^\d+$/.test(node.text)
        ? Number(node.text)
        : -1;
  return (
    DATA_TYPES[index] ??
    fail(node, `unknown dtype; expected one of ${ENUM_NAMES.slice(1).join(", ")}`)
  );
}

function base64Of(node: JsonNode, fail: Fail): Uint8Array {
  if (node.type !== "string") {
    return fail(node, "bytes are base64 text");
  }
  try {
    // Protobuf's JSON mapping accepts the URL-safe alphabet and missing padding too.
    const standard = node.value.replace(/-/g, "+").replace(/_/g, "/");
    return decodeBase64(standard.padEnd(Math.ceil(standard.length / 4) * 4, "="));
  } catch (error) {
    return fail(node, (error as Error).message);
  }
}

function tensorValue(node: JsonNode, fail: Fail): PastedValue {
  if (node.type !== "object") {
    return fail(node, "a Tensor is an object with shape, dtype and data or bytes_val");
  }
  const dtype = dtypeOf(member(node, "dtype"), fail, node);
  const shapeNode = member(node, "shape");
  const dimsNode = shapeNode ? member(shapeNode, "dims") : undefined;
  if (dimsNode && dimsNode.type !== "array") {
    return fail(dimsNode, "dims is an array");
  }
  const shape = (dimsNode?.items ?? []).map((dim) => Number(integerText(dim, fail)));
  const oversize = describeOversizeTensor(shape);
  if (oversize) {
    fail(shapeNode ?? node, oversize);
  }
  if (dtype === "string" || dtype === "bytes") {
    const list = member(node, "bytesVal", "bytes_val");
    const items = list?.type === "array" ? list.items : [];
    const only = items[0];
    if (items.length !== 1 || !only) {
      return fail(
        list ?? node,
        `a ${dtype} input holds one bytes_val element, not ${items.length}`,
      );
    }
    const bytes = base64Of(only, fail);
    if (dtype === "bytes") {
      return { kind: "bytes", bytes };
    }
    try {
      return { kind: "string", value: utf8.decode(bytes) };
    } catch {
      return fail(only, "the string is not UTF-8");
    }
  }
  const dataNode = member(node, "data");
  const data = dataNode ? base64Of(dataNode, fail) : new Uint8Array(0);
  const read = textsFromBytes(data, dtype, shape);
  if ("error" in read) {
    return fail(dataNode ?? node, read.error);
  }
  return plainValue(dtype, shape, read.texts);
}

// What the Python client sends for a plain bool, int or float is a one-element [1] tensor.
function plainValue(dtype: NumericDType, shape: number[], texts: string[]): PastedValue {
  const only = texts[0] ?? "0";
  if (shape.length === 0) {
    return { kind: "scalar", dtype, text: only };
  }
  if (shape.length === 1 && shape[0] === 1) {
    if (dtype === "bool") {
      return { kind: "bool", value: only === "true" };
    }
    if (dtype === "int64") {
      return { kind: "int", text: only };
    }
    if (dtype === "float64") {
      return { kind: "float", text: only };
    }
  }
  return { kind: "tensor", dtype, shape, texts };
}
