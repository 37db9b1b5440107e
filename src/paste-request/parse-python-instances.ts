/**
 * Reads Python in the style of the Serving client tutorial with a real Python parser, and
 * evaluates only a safe subset: literals, lists, tuples, dicts, names bound earlier in the text,
 * and the numpy constructors `np.array`/`np.asarray` (with `dtype=`), `np.ones`, `np.zeros`,
 * `np.full`, typed scalars such as `np.float16(1.5)`, and `.reshape`/`.astype`. Imports of
 * numpy and the client, `Client(…)` (which names the target), `client.infer(…)` and `print(…)`
 * are allowed and do nothing, as are the exported script's `import os`, `HERE = …` and `read_file`
 * helper. Anything else is named with its line and column.
 */
import { parser } from "@lezer/python";
import { parseElement } from "../draft/parse-element";
import { completeTrailingDots } from "./complete-trailing-dots";
import { builtinDType, numpyDType } from "./numpy-dtypes";
import { pasteErrorAt } from "./paste-error";
import { readPythonString } from "./read-python-string";
import { countShape, describeOversizeTensor } from "./tensor-limits";
import type { NumericDType } from "../../protocol/tensor-types";
import type { PastedInstance, PastedRequest, PastedTarget, PastedValue } from "./pasted-request";
import type { SyntaxNode } from "@lezer/common";

type Py =
  | { t: "list" | "tuple"; items: Py[]; at: number }
  | { t: "dict"; entries: [Py, Py][]; at: number }
  | { t: "int" | "float"; text: string; at: number }
  | { t: "bool"; value: boolean; at: number }
  | { t: "str"; value: string; at: number }
  | { t: "bytes"; value: Uint8Array; at: number }
  | { t: "array"; dtype: NumericDType; shape: number[]; texts: string[]; at: number }
  | { t: "npscalar"; dtype: NumericDType; text: string; at: number }
  | { t: "dtype"; dtype: NumericDType; at: number }
  | { t: "client"; target: PastedTarget; at: number }
  | { t: "none"; at: number };

// numpy's float constants, as the draft writes them.
const NUMPY_FLOATS: Record<string, string | undefined> = {
  inf: "inf",
  Inf: "inf",
  infty: "inf",
  nan: "nan",
  NaN: "nan",
  NAN: "nan",
};
const PUNCTUATION = new Set(["[", "]", "(", ")", "{", "}", ",", ":", "Comment"]);
const NUMPY_IMPORT = /^import\s+numpy(?:\s+as\s+(\w+))?$/;
const CLIENT_IMPORT = /^from\s+mindspore_serving(?:\.client)?\s+import\s+(?:Client|client)$/;

/** Returns the request the Python text builds; throws a located PasteError. */
export function parsePythonInstances(original: string): PastedRequest {
  const { text, originalOffset } = completeTrailingDots(original);
  const tree = parser.parse(text);
  const fail = (at: number, message: string): never => {
    throw pasteErrorAt(original, originalOffset(at), message);
  };
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) {
        fail(node.from, "this is not valid Python");
      }
    },
  });
  const source = (node: SyntaxNode): string => text.slice(node.from, node.to);
  const numpyNames = new Set(["np", "numpy"]);
  const env = new Map<string, Py>();
  let target: PastedTarget = {};
  let instances: Py | undefined;
  let appended: Py[] | undefined;

  const children = (node: SyntaxNode): SyntaxNode[] => {
    const out: SyntaxNode[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (!PUNCTUATION.has(child.name)) {
        out.push(child);
      }
    }
    return out;
  };

  const evaluate = (node: SyntaxNode): Py => {
    const at = node.from;
    switch (node.name) {
      case "Number":
        return readNumber(source(node), at, fail);
      case "String": {
        const read = readPythonString(source(node));
        if ("error" in read) {
          return fail(at + read.offset, read.error);
        }
        return read.kind === "str"
          ? { t: "str", value: read.value, at }
          : { t: "bytes", value: read.value, at };
      }
      case "Boolean":
        return { t: "bool", value: source(node) === "True", at };
      case "None":
        return { t: "none", at };
      case "UnaryExpression": {
        const [op, operand] = [node.firstChild, node.lastChild];
        const value = operand ? evaluate(operand) : undefined;
        const sign = op ? source(op) : "";
        if ((sign === "-" || sign === "+") && value && (value.t === "int" || value.t === "float")) {
          return { ...value, text: sign === "-" ? negate(value.text) : value.text, at };
        }
        return fail(at, "only + and - of a number are read");
      }
      case "ArrayExpression":
        return { t: "list", items: children(node).map(evaluate), at };
      case "TupleExpression":
        return { t: "tuple", items: children(node).map(evaluate), at };
      case "ParenthesizedExpression": {
        const inner = children(node);
        return inner.length === 1 && inner[0]
          ? evaluate(inner[0])
          : fail(at, "unexpected parentheses");
      }
      case "DictionaryExpression": {
        const parts = children(node);
        const entries: [Py, Py][] = [];
        for (let i = 0; i < parts.length; i += 2) {
          const key = parts[i]!;
          const value = parts[i + 1];
          if (!value) {
            return fail(key.from, "a dict entry needs key: value");
          }
          entries.push([evaluate(key), evaluate(value)]);
        }
        return { t: "dict", entries, at };
      }
      case "VariableName": {
        const name = source(node);
        const bound = env.get(name);
        if (bound) {
          return { ...bound, at } as Py;
        }
        const builtin = builtinDType(name);
        return builtin
          ? { t: "dtype", dtype: builtin, at }
          : fail(at, `${name} is not defined in the pasted text`);
      }
      case "MemberExpression": {
        const object = node.firstChild;
        const property = node.lastChild;
        if (object?.name === "VariableName" && numpyNames.has(source(object)) && property) {
          const constant = NUMPY_FLOATS[source(property)];
          if (constant) {
            return { t: "float", text: constant, at };
          }
          const dtype = numpyDType(source(property));
          return dtype
            ? { t: "dtype", dtype, at }
            : fail(property.from, `np.${source(property)} is not a dtype read here`);
        }
        return fail(at, `${source(node)} is not read here`);
      }
      case "CallExpression":
        return call(node);
      default:
        return fail(
          at,
          `${node.name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()} is not read here; expected literals and numpy constructors`,
        );
    }
  };

  const call = (node: SyntaxNode): Py => {
    const at = node.from;
    const callee = node.firstChild;
    const argList = node.lastChild;
    if (!callee || argList?.name !== "ArgList") {
      return fail(at, "unreadable call");
    }
    const positional: Py[] = [];
    const keywords = new Map<string, Py>();
    const parts = children(argList);
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (part.name === "VariableName" && parts[i + 1]?.name === "AssignOp") {
        const value = parts[i + 2];
        if (!value) {
          return fail(part.from, "a keyword argument needs a value");
        }
        keywords.set(source(part), evaluate(value));
        i += 2;
      } else {
        positional.push(evaluate(part));
      }
    }
    const callName = source(callee);
    if (callName === "read_file" || /^\w+\.load$/.test(callName.replace(/\s/g, ""))) {
      return fail(
        at,
        `${callName}(…) reads a file beside the script, which the pasted text does not hold; drop that file into the input instead`,
      );
    }
    if (callee.name === "VariableName" && callName === "Client") {
      return { t: "client", target: readClient(positional, keywords, at, fail), at };
    }
    if (callee.name !== "MemberExpression") {
      return fail(
        at,
        `${callName}(…) is not read here; expected numpy constructors such as np.array`,
      );
    }
    const object = callee.firstChild!;
    const method = source(callee.lastChild!);
    if (object.name === "VariableName" && numpyNames.has(source(object))) {
      return numpyCall(method, positional, keywords, at, fail);
    }
    const receiver = evaluate(object);
    if (receiver.t === "array" && method === "reshape") {
      return reshape(receiver, positional, at, fail);
    }
    if (receiver.t === "array" && method === "astype") {
      const dtype = positional[0] ?? keywords.get("dtype");
      return castArray(receiver, dtypeOf(dtype, at, fail), fail);
    }
    return fail(at, `${callName}(…) is not read here`);
  };

  for (let statement = tree.topNode.firstChild; statement; statement = statement.nextSibling) {
    const at = statement.from;
    switch (statement.name) {
      case "Comment":
        break;
      case "FunctionDefinition":
        // The exported script's file reader; a call to it is refused where it is used.
        if (!/^def\s+read_file\s*\(/.test(source(statement))) {
          fail(at, "only the script's read_file helper is defined here");
        }
        break;
      case "ImportStatement": {
        const line = source(statement).replace(/\s+/g, " ").trim();
        const numpy = NUMPY_IMPORT.exec(line);
        if (numpy) {
          numpyNames.add(numpy[1] ?? "numpy");
        } else if (!CLIENT_IMPORT.test(line) && line !== "import os") {
          fail(at, `only numpy and mindspore_serving's Client are imported here, not "${line}"`);
        }
        break;
      }
      case "AssignStatement": {
        const parts = children(statement);
        const [name, op, value] = parts;
        if (
          parts.length !== 3 ||
          name?.name !== "VariableName" ||
          op?.name !== "AssignOp" ||
          source(op) !== "=" ||
          !value
        ) {
          fail(at, "only `name = value` assignments are read");
          break;
        }
        if (isIgnoredCall(value, source) || isScriptFolder(source(statement))) {
          break;
        }
        const evaluated = evaluate(value);
        if (evaluated.t === "client") {
          target = evaluated.target;
        }
        env.set(source(name), evaluated);
        if (source(name) === "instances") {
          instances = evaluated;
          appended = undefined;
        }
        break;
      }
      case "ExpressionStatement": {
        const expression = statement.firstChild;
        if (!expression || isIgnoredCall(expression, source)) {
          break;
        }
        const callee = expression.name === "CallExpression" ? expression.firstChild : null;
        if (callee && source(callee).replace(/\s/g, "") === "instances.append") {
          const args = children(expression.lastChild!);
          if (args.length !== 1 || !instances || instances.t !== "list") {
            fail(at, "instances.append takes one instance, after instances = [...]");
          }
          appended ??= [];
          appended.push(evaluate(args[0]!));
          break;
        }
        const value = evaluate(expression);
        if (instances === undefined && (value.t === "list" || value.t === "dict")) {
          instances = value;
        } else {
          fail(at, "a bare expression is read only as the instances literal");
        }
        break;
      }
      default:
        fail(
          at,
          `${statement.name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()} is not read here; expected instances = [{…}]`,
        );
    }
  }
  if (!instances) {
    return fail(
      text.length,
      'no instances: expected `instances = [{"input": np.array(…)}]` or a list of dicts',
    );
  }
  const list =
    instances.t === "dict"
      ? [instances]
      : instances.t === "list" || instances.t === "tuple"
        ? [...instances.items, ...(appended ?? [])]
        : undefined;
  if (!list) {
    return fail(instances.at, "instances is a list of dicts of input names and values");
  }
  return { form: "python", target, instances: list.map((item) => readInstance(item, fail)) };
}

// The exported script finds its files beside itself; the folder adds nothing to the request.
function isScriptFolder(statement: string): boolean {
  return statement.replace(/\s/g, "") === "HERE=os.path.dirname(os.path.abspath(__file__))";
}

// client.infer(…) and print(…) run the request; they add nothing to it.
function isIgnoredCall(node: SyntaxNode, source: (node: SyntaxNode) => string): boolean {
  if (node.name !== "CallExpression" || !node.firstChild) {
    return false;
  }
  const callee = source(node.firstChild).replace(/\s/g, "");
  return callee === "print" || /^\w+\.infer$/.test(callee);
}

type Fail = (at: number, message: string) => never;

function negate(text: string): string {
  return text.startsWith("-") ? text.slice(1) : `-${text}`;
}

function readNumber(raw: string, at: number, fail: Fail): Py {
  const text = raw.replace(/_/g, "");
  if (/[jJ]$/.test(text)) {
    return fail(at, "complex numbers are not sent by the client");
  }
  if (/^0[xob]/i.test(text)) {
    return { t: "int", text: BigInt(text).toString(), at };
  }
  if (/[.eE]/.test(text)) {
    return { t: "float", text, at };
  }
  return { t: "int", text: BigInt(text).toString(), at };
}

function dtypeOf(value: Py | undefined, at: number, fail: Fail): NumericDType {
  if (value?.t === "dtype") {
    return value.dtype;
  }
  if (value?.t === "str") {
    return numpyDType(value.value) ?? fail(value.at, `"${value.value}" is not a numeric dtype`);
  }
  return fail(value?.at ?? at, "expected a dtype such as np.float32");
}

function shapeOf(value: Py | undefined, at: number, fail: Fail): number[] {
  const dims = value?.t === "tuple" || value?.t === "list" ? value.items : value ? [value] : [];
  if (!value) {
    fail(at, "expected a shape");
  }
  return dims.map((dim) =>
    dim.t === "int" && !dim.text.startsWith("-")
      ? Number(dim.text)
      : fail(dim.at, "a dim is a non-negative integer"),
  );
}

// numpy's default dtype for values without one: bool, else int64, else float64.
function inferDType(leaves: readonly Py[]): NumericDType {
  if (leaves.every((leaf) => leaf.t === "bool")) {
    return "bool";
  }
  return leaves.every((leaf) => leaf.t === "bool" || leaf.t === "int") ? "int64" : "float64";
}

function leafText(leaf: Py, dtype: NumericDType, fail: Fail): string {
  let text: string;
  if (leaf.t === "bool") {
    text = dtype === "bool" ? String(leaf.value) : leaf.value ? "1" : "0";
  } else if (leaf.t === "int" || leaf.t === "float" || leaf.t === "npscalar") {
    text = leaf.t === "npscalar" ? leaf.text : leaf.text;
    if (dtype === "bool") {
      text = text === "true" || (text !== "false" && Number(text) !== 0) ? "true" : "false";
    }
  } else {
    return fail(leaf.at, `an array element is a number or a bool, not ${describe(leaf)}`);
  }
  const parsed = parseElement(text, dtype);
  return parsed.ok ? text : fail(leaf.at, parsed.error);
}

function describe(value: Py): string {
  switch (value.t) {
    case "list":
    case "tuple":
    case "dict":
    case "str":
    case "bytes":
    case "int":
    case "float":
    case "bool":
      return `a ${value.t}`;
    case "array":
      return "an array";
    case "npscalar":
      return "a numpy scalar";
    case "dtype":
      return "a dtype";
    case "client":
      return "a Client";
    case "none":
      return "None";
  }
}

function flatten(value: Py, fail: Fail): { shape: number[]; leaves: Py[] } {
  const shape: number[] = [];
  const leaves: Py[] = [];
  const walk = (item: Py, depth: number): void => {
    if (item.t === "list" || item.t === "tuple") {
      const known = shape[depth];
      if (known === undefined) {
        if (depth !== shape.length || leaves.length > 0) {
          fail(item.at, "the nested lists are ragged");
        }
        shape.push(item.items.length);
      } else if (known !== item.items.length) {
        fail(item.at, `a list at depth ${depth} has ${item.items.length} items, another ${known}`);
      }
      item.items.forEach((inner) => walk(inner, depth + 1));
    } else if (item.t === "array") {
      fail(item.at, "arrays inside lists are not read; write the nested list");
    } else if (depth < shape.length) {
      fail(item.at, "the nested lists are ragged");
    } else {
      leaves.push(item);
    }
  };
  walk(value, 0);
  return { shape, leaves };
}

function filled(shape: number[], dtype: NumericDType, text: string, at: number, fail: Fail): Py {
  const oversize = describeOversizeTensor(shape);
  if (oversize) {
    return fail(at, oversize);
  }
  return { t: "array", dtype, shape, texts: Array<string>(countShape(shape)).fill(text), at };
}

function numpyCall(
  name: string,
  positional: Py[],
  keywords: Map<string, Py>,
  at: number,
  fail: Fail,
): Py {
  const dtypeArg = keywords.get("dtype");
  switch (name) {
    case "array":
    case "asarray": {
      const [object, dtypePositional] = positional;
      if (!object) {
        return fail(at, `np.${name} needs the values`);
      }
      if (object.t === "array") {
        const dtype = dtypeArg ?? dtypePositional;
        return dtype ? castArray(object, dtypeOf(dtype, at, fail), fail) : { ...object, at };
      }
      const { shape, leaves } = flatten(object, fail);
      const oversize = describeOversizeTensor(shape);
      if (oversize) {
        return fail(at, oversize);
      }
      const given = dtypeArg ?? dtypePositional;
      const dtype = given ? dtypeOf(given, at, fail) : inferDType(leaves);
      return {
        t: "array",
        dtype,
        shape,
        texts: leaves.map((leaf) => leafText(leaf, dtype, fail)),
        at,
      };
    }
    case "ones":
    case "zeros": {
      const dtype = dtypeArg ?? positional[1];
      const resolved = dtype ? dtypeOf(dtype, at, fail) : "float64";
      const one = name === "ones";
      const text = resolved === "bool" ? String(one) : one ? "1" : "0";
      return filled(
        shapeOf(positional[0] ?? keywords.get("shape"), at, fail),
        resolved,
        text,
        at,
        fail,
      );
    }
    case "full": {
      const fill = positional[1] ?? keywords.get("fill_value");
      if (!fill) {
        return fail(at, "np.full needs a fill value");
      }
      const given = dtypeArg ?? positional[2];
      const dtype = given ? dtypeOf(given, at, fail) : inferDType([fill]);
      return filled(
        shapeOf(positional[0] ?? keywords.get("shape"), at, fail),
        dtype,
        leafText(fill, dtype, fail),
        at,
        fail,
      );
    }
    default: {
      const dtype = numpyDType(name);
      const value = positional[0];
      if (!dtype) {
        return fail(
          at,
          `np.${name} is not read here; expected np.array, np.ones, np.zeros, np.full or a typed scalar`,
        );
      }
      if (!value) {
        return { t: "npscalar", dtype, text: dtype === "bool" ? "false" : "0", at };
      }
      const leaf =
        value.t === "str"
          ? { ...readNumber(value.value.trim(), value.at, fail), at: value.at }
          : value;
      return { t: "npscalar", dtype, text: leafText(leaf, dtype, fail), at };
    }
  }
}

function reshape(array: Py & { t: "array" }, args: Py[], at: number, fail: Fail): Py {
  const dims = args.length === 1 ? args[0] : { t: "tuple" as const, items: args, at };
  const items = dims?.t === "tuple" || dims?.t === "list" ? dims.items : dims ? [dims] : [];
  const shape = items.map((dim) =>
    dim.t === "int" ? Number(dim.text) : fail(dim.at, "a dim is an integer"),
  );
  const count = array.texts.length;
  const unknown = shape.filter((dim) => dim === -1).length;
  if (unknown === 1) {
    const known = shape.reduce((n, dim) => (dim === -1 ? n : n * dim), 1);
    shape[shape.indexOf(-1)] = known === 0 ? 0 : count / known;
  }
  if (
    unknown > 1 ||
    shape.some((dim) => dim < 0 || !Number.isInteger(dim)) ||
    countShape(shape) !== count
  ) {
    return fail(at, `cannot reshape ${count} elements into (${shape.join(", ")})`);
  }
  return { ...array, shape, at };
}

function castArray(array: Py & { t: "array" }, dtype: NumericDType, fail: Fail): Py {
  const texts = array.texts.map((text) => {
    const leaf: Py =
      array.dtype === "bool"
        ? { t: "bool", value: text === "true", at: array.at }
        : { t: /[.eE]|nan|inf/i.test(text) ? "float" : "int", text, at: array.at };
    return leafText(leaf, dtype, fail);
  });
  return { ...array, dtype, texts };
}

function readClient(
  positional: Py[],
  keywords: Map<string, Py>,
  at: number,
  fail: Fail,
): PastedTarget {
  const strings = positional.map((arg) =>
    arg.t === "str" ? arg.value : arg.t === "int" ? Number(arg.text) : undefined,
  );
  // r1.2: Client(ip, port, servable, method, version); ≥ 1.3: Client("host:port", servable, method, version_number=…).
  const old = typeof strings[1] === "number";
  const [servable, method, version] = old ? strings.slice(2) : strings.slice(1);
  const versionArg = keywords.get("version_number");
  const versionValue = versionArg?.t === "int" ? Number(versionArg.text) : version;
  if (typeof servable !== "string" || typeof method !== "string") {
    return fail(at, "Client(…) needs the servable and method names as strings");
  }
  return {
    servable,
    method,
    version: typeof versionValue === "number" ? versionValue : 0,
    wire: old ? "1.2" : "1.3",
  };
}

function readInstance(item: Py, fail: Fail): PastedInstance {
  if (item.t !== "dict") {
    return fail(item.at, `an instance is a dict of input names and values, not ${describe(item)}`);
  }
  return item.entries.map(([key, value]): [string, PastedValue] => {
    if (key.t !== "str") {
      return fail(key.at, "an input name is a string");
    }
    return [key.value, readValue(value, fail)];
  });
}

function readValue(value: Py, fail: Fail): PastedValue {
  switch (value.t) {
    case "array":
      return value.shape.length === 0
        ? { kind: "scalar", dtype: value.dtype, text: value.texts[0] ?? "0" }
        : { kind: "tensor", dtype: value.dtype, shape: value.shape, texts: value.texts };
    case "npscalar":
      return { kind: "scalar", dtype: value.dtype, text: value.text };
    case "bool":
      return { kind: "bool", value: value.value };
    case "int": {
      const parsed = parseElement(value.text, "int64");
      return parsed.ok
        ? { kind: "int", text: value.text }
        : fail(value.at, `${parsed.error}: the client sends a plain int as int64`);
    }
    case "float":
      return { kind: "float", text: value.text };
    case "str":
      return { kind: "string", value: value.value };
    case "bytes":
      return { kind: "bytes", bytes: value.value };
    case "list":
    case "tuple":
      return fail(
        value.at,
        `the client does not send a ${value.t}; wrap it in np.array(…, dtype=…)`,
      );
    default:
      return fail(value.at, `${describe(value)} is not an input value`);
  }
}
