/**
 * A JSON reader for pasted text that keeps each number's text (int64 beyond 2^53 stays exact)
 * and each value's offset, so a problem can be named with its line and column.
 */
import { pasteErrorAt } from "./paste-error";

/** A JSON value with the offset where it starts in the text. */
export type JsonNode =
  | { type: "object"; at: number; entries: [key: string, value: JsonNode, keyAt: number][] }
  | { type: "array"; at: number; items: JsonNode[] }
  | { type: "string"; at: number; value: string }
  | { type: "number"; at: number; text: string }
  | { type: "bool"; at: number; value: boolean }
  | { type: "null"; at: number };

/** The deepest nesting read; deeper text is refused rather than risking the stack. */
export const MAX_JSON_DEPTH = 64;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/** Returns the JSON value of `text` (starting at `offset`); throws a located PasteError. */
export function readJson(text: string, offset = 0): { value: JsonNode; end: number } {
  let pos = offset;
  const fail = (message: string, at = pos): never => {
    throw pasteErrorAt(text, at, message);
  };
  const skip = (): void => {
    while (pos < text.length && /\s/.test(text[pos]!)) {
      pos++;
    }
  };
  const describeHere = (): string =>
    pos >= text.length ? "the text ends" : `found ${JSON.stringify(text[pos])}`;

  const readString = (): string => {
    const start = pos;
    pos++;
    let out = "";
    for (;;) {
      const end = text.slice(pos).search(/["\\\n]/);
      if (end < 0 || text[pos + end] === "\n") {
        return fail("the string is not closed", start);
      }
      out += text.slice(pos, pos + end);
      pos += end;
      if (text[pos] === '"') {
        pos++;
        return out;
      }
      const escape = text[pos + 1] ?? "";
      if (escape === "u") {
        const hex = text.slice(pos + 2, pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          fail("a \\u escape needs four hex digits");
        }
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else if (escape in ESCAPES) {
        out += ESCAPES[escape];
        pos += 2;
      } else {
        fail(`unknown escape \\${escape}`);
      }
    }
  };

  const readValue = (depth: number): JsonNode => {
    if (depth > MAX_JSON_DEPTH) {
      fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
    }
    skip();
    const at = pos;
    const c = text[pos];
    if (c === "{") {
      pos++;
      const entries: [string, JsonNode, number][] = [];
      skip();
      if (text[pos] === "}") {
        pos++;
        return { type: "object", at, entries };
      }
      for (;;) {
        skip();
        if (text[pos] !== '"') {
          fail(`expected a quoted key, ${describeHere()}`);
        }
        const keyAt = pos;
        const key = readString();
        skip();
        if (text[pos] !== ":") {
          fail(`expected ":" after the key, ${describeHere()}`);
        }
        pos++;
        entries.push([key, readValue(depth + 1), keyAt]);
        skip();
        if (text[pos] === ",") {
          pos++;
        } else if (text[pos] === "}") {
          pos++;
          return { type: "object", at, entries };
        } else {
          fail(`expected "," or "}", ${describeHere()}`);
        }
      }
    }
    if (c === "[") {
      pos++;
      const items: JsonNode[] = [];
      skip();
      if (text[pos] === "]") {
        pos++;
        return { type: "array", at, items };
      }
      for (;;) {
        items.push(readValue(depth + 1));
        skip();
        if (text[pos] === ",") {
          pos++;
        } else if (text[pos] === "]") {
          pos++;
          return { type: "array", at, items };
        } else {
          fail(`expected "," or "]", ${describeHere()}`);
        }
      }
    }
    if (c === '"') {
      return { type: "string", at, value: readString() };
    }
    for (const [word, node] of [
      ["true", { type: "bool", at, value: true }],
      ["false", { type: "bool", at, value: false }],
      ["null", { type: "null", at }],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return node;
      }
    }
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(text);
    if (number) {
      pos += number[0].length;
      return { type: "number", at, text: number[0] };
    }
    return fail(`expected a JSON value, ${describeHere()}`);
  };

  const value = readValue(0);
  skip();
  return { value, end: pos };
}

/** Returns the JSON value of the whole text; anything after the value is an error. */
export function readJsonDocument(text: string): JsonNode {
  const { value, end } = readJson(text);
  if (end < text.length) {
    throw pasteErrorAt(text, end, "unexpected text after the JSON value");
  }
  return value;
}

/** Returns the entry of an object by any of the given keys, or undefined. */
export function member(node: JsonNode, ...keys: string[]): JsonNode | undefined {
  if (node.type !== "object") {
    return undefined;
  }
  return node.entries.find(([key]) => keys.includes(key))?.[1];
}
