/**
 * Reads the JSON body of a Serving REST predict request (`{"instances": [{name: value}]}`) as
 * Serving reads it: a JSON integer is int32, a number with a point or exponent float32, true/false
 * bool, a string MS_STRING, each with the shape of its nesting; `{"b64", "type", "shape"}` keeps
 * any dtype and shape.
 */
import { decodeBase64 } from "../../shared/base64";
import { pasteErrorAt } from "./paste-error";
import { member, readJsonDocument, type JsonNode } from "./read-json";
import { describeOversizeTensor } from "./tensor-limits";
import { textsFromBytes } from "./texts-from-bytes";
import type { NumericDType } from "../../protocol/tensor-types";
import type { PastedInstance, PastedValue } from "./pasted-request";

const REST_TYPES: Readonly<Record<string, NumericDType | "str" | "bytes">> = {
  int8: "int8",
  int16: "int16",
  int32: "int32",
  int64: "int64",
  uint8: "uint8",
  uint16: "uint16",
  uint32: "uint32",
  uint64: "uint64",
  fp16: "float16",
  fp32: "float32",
  fp64: "float64",
  float16: "float16",
  float32: "float32",
  float64: "float64",
  bool: "bool",
  str: "str",
  bytes: "bytes",
};

const INT32_MIN = -(2n ** 31n);
const INT32_MAX = 2n ** 31n - 1n;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Returns the instances of a REST body given as text; throws a located PasteError. */
export function parseRestBodyText(text: string): PastedInstance[] {
  return parseRestBody(readJsonDocument(text), text);
}

/** Returns the instances of a REST body already read as JSON; `text` locates errors. */
export function parseRestBody(root: JsonNode, text: string): PastedInstance[] {
  const fail = (node: { at: number }, message: string): never => {
    throw pasteErrorAt(text, node.at, message);
  };
  const instances = member(root, "instances");
  if (root.type !== "object" || !instances) {
    return fail(root, 'expected a REST body {"instances": [{input: value, …}]}');
  }
  const list = instances.type === "array" ? instances.items : [instances];
  return list.map((instance) => {
    if (instance.type !== "object") {
      return fail(instance, "each instance is an object of input names and values");
    }
    return instance.entries.map(([name, value]) => [name, restValue(value, fail)]);
  });
}

function restValue(
  node: JsonNode,
  fail: (node: { at: number }, message: string) => never,
): PastedValue {
  switch (node.type) {
    case "string":
      return { kind: "string", value: node.value };
    case "bool":
      return { kind: "scalar", dtype: "bool", text: String(node.value) };
    case "number":
      return { kind: "scalar", dtype: numberDType(node, fail), text: node.text };
    case "null":
      return fail(node, "null is not a value Serving reads");
    case "object":
      return b64Value(node, fail);
    case "array":
      return arrayValue(node, fail);
  }
}

function numberDType(
  node: { at: number; text: string },
  fail: (node: { at: number }, message: string) => never,
): NumericDType {
  if (/[.eE]/.test(node.text)) {
    return "float32";
  }
  const value = BigInt(node.text);
  if (value < INT32_MIN || value > INT32_MAX) {
    fail(
      node,
      `${node.text} is beyond int32, which Serving reads JSON integers as; give it as {"b64", "type": "int64"}`,
    );
  }
  return "int32";
}

function arrayValue(
  node: JsonNode & { type: "array" },
  fail: (node: { at: number }, message: string) => never,
): PastedValue {
  const shape: number[] = [];
  const leaves: JsonNode[] = [];
  const walk = (item: JsonNode, depth: number): void => {
    if (item.type === "array") {
      const known = shape[depth];
      if (known === undefined) {
        if (depth !== shape.length || leaves.length > 0) {
          fail(item, "the nested arrays are ragged");
        }
        shape.push(item.items.length);
      } else if (known !== item.items.length) {
        fail(item, `an array at depth ${depth} has ${item.items.length} items, another ${known}`);
      }
      for (const inner of item.items) {
        walk(inner, depth + 1);
      }
    } else if (depth < shape.length) {
      fail(item, "the nested arrays are ragged");
    } else {
      leaves.push(item);
    }
  };
  walk(node, 0);
  const oversize = describeOversizeTensor(shape);
  if (oversize) {
    fail(node, oversize);
  }
  if (leaves.length === 0) {
    return fail(node, 'an empty array keeps no dtype; give it as {"b64": "", "type", "shape"}');
  }
  // Serving reads a one-item array of a string as MS_STRING of shape [1], which a string value is.
  const [only] = leaves;
  if (only?.type === "string" && leaves.length === 1 && shape.length === 1) {
    return { kind: "string", value: only.value };
  }
  if (leaves.every((leaf) => leaf.type === "bool")) {
    return {
      kind: "tensor",
      dtype: "bool",
      shape,
      texts: leaves.map((l) => String(l.type === "bool" && l.value)),
    };
  }
  const numbers = leaves.map((leaf) =>
    leaf.type === "number"
      ? leaf
      : fail(
          leaf,
          "a REST array holds numbers or bools only (strings and bytes are one per input)",
        ),
  );
  const isFloat = numbers.some((leaf) => /[.eE]/.test(leaf.text));
  if (!isFloat) {
    numbers.forEach((leaf) => numberDType(leaf, fail));
  }
  return {
    kind: "tensor",
    dtype: isFloat ? "float32" : "int32",
    shape,
    texts: numbers.map((l) => l.text),
  };
}

function b64Value(
  node: JsonNode & { type: "object" },
  fail: (node: { at: number }, message: string) => never,
): PastedValue {
  for (const [key, , keyAt] of node.entries) {
    if (key !== "b64" && key !== "type" && key !== "shape") {
      fail({ at: keyAt }, `unknown key "${key}"; an object value has "b64", "type" and "shape"`);
    }
  }
  const b64 = member(node, "b64");
  if (b64?.type !== "string") {
    return fail(node, 'an object value needs "b64" with base64 text');
  }
  const typeNode = member(node, "type");
  if (typeNode && typeNode.type !== "string") {
    return fail(typeNode, '"type" is a name such as "float32"');
  }
  const typeName = typeNode?.type === "string" ? typeNode.value : "bytes";
  const type = REST_TYPES[typeName];
  if (!type) {
    return fail(
      typeNode ?? node,
      `unknown type "${typeName}"; expected one of ${Object.keys(REST_TYPES).join(", ")}`,
    );
  }
  const shapeNode = member(node, "shape");
  const shape: number[] = [];
  if (shapeNode) {
    if (shapeNode.type !== "array") {
      return fail(shapeNode, '"shape" is an array of dims');
    }
    for (const dim of shapeNode.items) {
      if (dim.type !== "number" || !/^\d+$/.test(dim.text)) {
        fail(dim, "a dim is a non-negative integer");
      }
      shape.push(Number(dim.type === "number" ? dim.text : 0));
    }
  }
  const oversize = describeOversizeTensor(shape);
  if (oversize) {
    fail(shapeNode ?? node, oversize);
  }
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(b64.value);
  } catch (error) {
    return fail(b64, `"b64" is ${(error as Error).message}`);
  }
  if (type === "str" || type === "bytes") {
    if (shape.some((dim) => dim !== 1)) {
      fail(shapeNode ?? node, "a string or bytes value holds one element");
    }
    if (type === "bytes") {
      return { kind: "bytes", bytes };
    }
    try {
      return { kind: "string", value: utf8.decode(bytes) };
    } catch {
      return fail(b64, "the string is not UTF-8");
    }
  }
  const read = textsFromBytes(bytes, type, shape);
  if ("error" in read) {
    return fail(b64, read.error);
  }
  return shape.length === 0
    ? { kind: "scalar", dtype: type, text: read.texts[0] ?? "0" }
    : { kind: "tensor", dtype: type, shape, texts: read.texts };
}
