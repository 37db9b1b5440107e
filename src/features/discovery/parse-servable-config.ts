/**
 * Reads a MindSpore Serving servable_config.py with a real Python parser and finds the methods it
 * registers with `@register.register_method(output_names=[…])`, for both register APIs: r1.x
 * (`mindspore_serving.worker.register`: call_preprocess / call_servable / call_postprocess and
 * their pipeline variants) and r1.6+ (`mindspore_serving.server.register`: add_stage).
 */
import { parser } from "@lezer/python";
import type { SyntaxNode } from "@lezer/common";

/** Which register API a method uses. */
export type RegisterApi = "r1.x" | "r1.6+";

/** One input of a registered method: a parameter, and whether it looks like an image. */
export interface ServableInput {
  name: string;
  image: boolean;
}

/** A method registered in the file. */
export interface ServableMethod {
  name: string;
  /** 1-based line of the `def`. */
  line: number;
  api: RegisterApi | undefined;
  inputs: ServableInput[];
  outputs: string[];
}

/** A construct the reader does not understand, with where it is. */
export interface SkippedConstruct {
  line: number;
  what: string;
}

/** What a servable_config.py registers, and what could not be read. */
export interface ServableConfigReport {
  methods: ServableMethod[];
  skipped: SkippedConstruct[];
}

const R1X_CALLS = new Set([
  "call_preprocess",
  "call_preprocess_pipeline",
  "call_servable",
  "call_postprocess",
  "call_postprocess_pipeline",
]);
const R16_CALLS = new Set(["add_stage"]);
const PREPROCESS_CALLS = new Set(["call_preprocess", "call_preprocess_pipeline", "add_stage"]);
const IMAGE_NAME = /image|img|picture|photo/i;
const DECODE_CALL = /decode/i;

/** Returns the methods the Python source registers and the constructs it skipped (never throws). */
export function parseServableConfig(source: string): ServableConfigReport {
  const tree = parser.parse(source);
  const lineOf = lineLocator(source);
  const text = (node: SyntaxNode) => source.slice(node.from, node.to);
  const skipped: SkippedConstruct[] = [];
  const decoders = new Set<string>();
  const decorated: SyntaxNode[] = [];

  tree.iterate({
    enter(ref) {
      if (ref.type.isError) {
        skipped.push({ line: lineOf(ref.from), what: describeSyntaxError(source, ref.from) });
      }
    },
  });
  for (let node = tree.topNode.firstChild; node; node = node.nextSibling) {
    const def = node.name === "DecoratedStatement" ? node.getChild("FunctionDefinition") : node;
    if (def?.name === "FunctionDefinition") {
      const name = def.getChild("VariableName");
      if (name && callsMatching(def, text, DECODE_CALL)) {
        decoders.add(text(name));
      }
    }
    if (node.name === "DecoratedStatement") {
      decorated.push(node);
    }
  }

  const methods: ServableMethod[] = [];
  for (const node of decorated) {
    const decorator = node
      .getChildren("Decorator")
      .find((d) => lastName(d, text) === "register_method");
    const def = node.getChild("FunctionDefinition");
    if (!decorator || !def) {
      continue;
    }
    const method = readMethod(decorator, def, { text, lineOf, decoders, skipped });
    if (method) {
      methods.push(method);
    }
  }
  skipped.sort((a, b) => a.line - b.line);
  return { methods, skipped };
}

interface ReadContext {
  text: (node: SyntaxNode) => string;
  lineOf: (offset: number) => number;
  decoders: ReadonlySet<string>;
  skipped: SkippedConstruct[];
}

function readMethod(
  decorator: SyntaxNode,
  def: SyntaxNode,
  { text, lineOf, decoders, skipped }: ReadContext,
): ServableMethod | undefined {
  const nameNode = def.getChild("VariableName");
  const params = def.getChild("ParamList");
  const line = lineOf(def.from);
  if (!nameNode || !params) {
    skipped.push({ line, what: "a registered method without a readable name or parameters" });
    return undefined;
  }
  const name = text(nameNode);
  const outputs = readOutputNames(decorator, text);
  if (!outputs) {
    skipped.push({
      line: lineOf(decorator.from),
      what: `method ${name}: output_names is not a literal list of strings`,
    });
    return undefined;
  }
  const inputs = readParams(params, name, { text, lineOf, decoders, skipped });
  const images = new Set(inputs.filter((input) => IMAGE_NAME.test(input.name)).map((i) => i.name));
  let api: RegisterApi | undefined;
  const body = def.getChild("Body");
  for (let stmt = body?.firstChild ?? null; stmt; stmt = stmt.nextSibling) {
    switch (stmt.name) {
      case ":":
      case "Comment":
      case "ReturnStatement":
      case "PassStatement":
        continue;
      case "ExpressionStatement":
        if (stmt.firstChild?.name === "String") {
          continue; // docstring
        }
        break;
      case "AssignStatement":
        break;
      default:
        skipped.push({
          line: lineOf(stmt.from),
          what: `method ${name}: ${firstWord(text(stmt))} statement`,
        });
        continue;
    }
    const call = stmt.getChild("CallExpression");
    const callee = call?.firstChild;
    const stage = callee ? lastName(callee, text) : undefined;
    const args = call?.getChild("ArgList");
    if (!stage || !args || (!R1X_CALLS.has(stage) && !R16_CALLS.has(stage))) {
      skipped.push({
        line: lineOf(stmt.from),
        what: `method ${name}: ${oneLine(text(stmt))} is not a register stage call`,
      });
      continue;
    }
    api ??= R16_CALLS.has(stage) ? "r1.6+" : "r1.x";
    const positional = args.getChildren("VariableName").filter((arg) => !isKeyword(arg));
    const [target, ...passed] = positional;
    if (PREPROCESS_CALLS.has(stage) && target && decoders.has(text(target))) {
      for (const arg of passed) {
        images.add(text(arg));
      }
    }
  }
  return {
    name,
    line,
    api,
    inputs: inputs.map((input) => ({ name: input.name, image: images.has(input.name) })),
    outputs,
  };
}

function readParams(
  params: SyntaxNode,
  method: string,
  { text, lineOf, skipped }: ReadContext,
): ServableInput[] {
  const inputs: ServableInput[] = [];
  for (let node = params.firstChild; node; node = node.nextSibling) {
    if (node.name === "*" || node.name === "**") {
      skipped.push({
        line: lineOf(node.from),
        what: `method ${method}: variadic parameter ${text(node)}${node.nextSibling ? text(node.nextSibling) : ""}`,
      });
      node = node.nextSibling ?? node;
    } else if (node.name === "VariableName" && node.prevSibling?.name !== "AssignOp") {
      inputs.push({ name: text(node), image: false });
    }
  }
  return inputs;
}

function readOutputNames(
  decorator: SyntaxNode,
  text: (n: SyntaxNode) => string,
): string[] | undefined {
  const args = decorator.getChild("ArgList");
  const keyword = args
    ?.getChildren("VariableName")
    .find((n) => text(n) === "output_names" && n.nextSibling?.name === "AssignOp");
  const value = keyword?.nextSibling?.nextSibling;
  if (!value) {
    return undefined;
  }
  if (value.name === "String") {
    const single = readString(text(value));
    return single === undefined ? undefined : [single];
  }
  if (value.name !== "ArrayExpression" && value.name !== "TupleExpression") {
    return undefined;
  }
  const names: string[] = [];
  for (let item = value.firstChild; item; item = item.nextSibling) {
    if (item.name === "String") {
      const name = readString(text(item));
      if (name === undefined) {
        return undefined;
      }
      names.push(name);
    } else if (![",", "[", "]", "(", ")"].includes(item.name)) {
      return undefined;
    }
  }
  return names;
}

/** The value of a plain Python string literal (no escapes), or undefined. */
function readString(literal: string): string | undefined {
  const match = /^[rRuU]?("""|'''|"|')([^\\]*)\1$/s.exec(literal);
  return match?.[2];
}

/** The final name of a dotted reference such as `register.register_method` or `VC.Decode`. */
function lastName(node: SyntaxNode, text: (n: SyntaxNode) => string): string | undefined {
  let last: string | undefined;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name === "ArgList") {
      break;
    }
    if (child.name === "VariableName" || child.name === "PropertyName") {
      last = text(child);
    } else if (child.name === "MemberExpression") {
      last = lastName(child, text);
    }
  }
  if (node.name === "VariableName" || node.name === "PropertyName") {
    return text(node);
  }
  return last;
}

function callsMatching(
  node: SyntaxNode,
  text: (n: SyntaxNode) => string,
  pattern: RegExp,
): boolean {
  let found = false;
  const cursor = node.cursor();
  do {
    if (cursor.name === "CallExpression") {
      const callee = cursor.node.firstChild;
      const name = callee ? lastName(callee, text) : undefined;
      found ||= name !== undefined && pattern.test(name);
    }
  } while (!found && cursor.next() && cursor.from < node.to);
  return found;
}

function isKeyword(arg: SyntaxNode): boolean {
  return arg.nextSibling?.name === "AssignOp" || arg.prevSibling?.name === "AssignOp";
}

function lineLocator(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) {
    starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low + 1;
  };
}

function describeSyntaxError(source: string, offset: number): string {
  const near = oneLine(source.slice(offset, offset + 20)).trim();
  return near ? `syntax error near "${near}"` : "syntax error at the end of a line";
}

function firstWord(statement: string): string {
  return /^\w+/.exec(statement)?.[0] ?? oneLine(statement);
}

function oneLine(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
