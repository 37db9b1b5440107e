/**
 * Parses pasted array text: nested lists (`[[1, 2], [3, 4]]`), numpy reprs
 * (`array([[1., 2.], [3., 4.]], dtype=float32)`) and numpy prints (`[[1. 2.]\n [3. 4.]]`).
 */

/** The elements as text in C order, the inferred shape, and the dtype a numpy repr named. */
export interface NestedList {
  values: string[];
  shape: number[];
  dtype?: string;
}

type Node = string | Node[];

const ARRAY_REPR = /^array\(([\s\S]*?)(?:,\s*dtype\s*=\s*['"]?([\w.]+)['"]?)?\s*\)$/;

/** Returns whether the text looks like a nested list or a numpy array rather than plain cells. */
export function looksLikeNestedList(text: string): boolean {
  const t = text.trim();
  return t.startsWith("[") || /^(np\.|numpy\.)?array\(/.test(t);
}

/** Returns the parsed elements and shape; throws an Error naming what is malformed or ragged. */
export function parseNestedList(text: string): NestedList {
  let body = text.trim().replace(/^(np\.|numpy\.)/, "");
  let dtype: string | undefined;
  const repr = ARRAY_REPR.exec(body);
  if (repr) {
    body = (repr[1] ?? "").trim();
    dtype = repr[2]?.replace(/^(np\.|numpy\.)/, "");
  }
  const tokens = body.match(/\[|\]|[^\s,[\]]+/g) ?? [];
  let pos = 0;
  const parseNode = (): Node => {
    const token = tokens[pos++];
    if (token === undefined) {
      throw new Error("unexpected end of text");
    }
    if (token === "]") {
      throw new Error("unexpected ]");
    }
    if (token !== "[") {
      return token;
    }
    const items: Node[] = [];
    while (tokens[pos] !== "]") {
      if (pos >= tokens.length) {
        throw new Error("missing ]");
      }
      items.push(parseNode());
    }
    pos++;
    return items;
  };
  if (tokens.length === 0) {
    throw new Error("no values");
  }
  const root = parseNode();
  if (pos !== tokens.length) {
    throw new Error(`unexpected text after the array: ${tokens[pos]}`);
  }
  const shape = inferShape(root);
  const values: string[] = [];
  flatten(root, shape, 0, values);
  return dtype ? { values, shape, dtype } : { values, shape };
}

function inferShape(node: Node): number[] {
  const shape: number[] = [];
  let current: Node = node;
  while (Array.isArray(current)) {
    shape.push(current.length);
    if (current.length === 0) {
      break;
    }
    current = current[0] as Node;
  }
  return shape;
}

function flatten(node: Node, shape: number[], depth: number, out: string[]): void {
  if (depth === shape.length) {
    if (Array.isArray(node)) {
      throw new Error(`ragged nesting: expected a value at depth ${depth}, found a list`);
    }
    out.push(node);
    return;
  }
  if (!Array.isArray(node)) {
    throw new Error(`ragged nesting: expected a list at depth ${depth}, found ${node}`);
  }
  if (node.length !== shape[depth]) {
    throw new Error(
      `ragged nesting: a list at depth ${depth} has ${node.length} items, expected ${shape[depth]}`,
    );
  }
  for (const child of node) {
    flatten(child, shape, depth + 1, out);
  }
}
