/** Decodes a Python string or bytes literal (prefixes r, b, u, f refused, quotes of all four kinds). */

/** A decoded literal: text for str, bytes for b"…"; or the reason it cannot be read. */
export type PythonString =
  | { kind: "str"; value: string }
  | { kind: "bytes"; value: Uint8Array }
  | { error: string; offset: number };

const SIMPLE: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/** Returns the value of the literal `source` (as written, prefix and quotes included). */
export function readPythonString(source: string): PythonString {
  const prefix = /^[a-zA-Z]*/.exec(source)?.[0].toLowerCase() ?? "";
  if (prefix.includes("f")) {
    return { error: "f-strings are not read; write the text out", offset: 0 };
  }
  const isBytes = prefix.includes("b");
  const raw = prefix.includes("r");
  const rest = source.slice(prefix.length);
  const quote =
    rest.startsWith('"""') || rest.startsWith("'''") ? rest.slice(0, 3) : rest.slice(0, 1);
  if (!rest.endsWith(quote) || rest.length < quote.length * 2) {
    return { error: "the string is not closed", offset: 0 };
  }
  const body = rest.slice(quote.length, rest.length - quote.length);
  const base = prefix.length + quote.length;
  const units: number[] = [];
  let text = "";
  const put = (s: string): void => {
    text += s;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== "\\" || raw) {
      if (isBytes && c.charCodeAt(0) > 0x7f) {
        return { error: "bytes literals hold ASCII characters only", offset: base + i };
      }
      put(c);
      continue;
    }
    const e = body[i + 1] ?? "";
    i++;
    if (e === "\n") {
      continue;
    }
    if (e in SIMPLE) {
      put(SIMPLE[e]!);
    } else if (e === "x") {
      const hex = body.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
        return { error: "\\x needs two hex digits", offset: base + i - 1 };
      }
      put(String.fromCharCode(parseInt(hex, 16)));
      i += 2;
    } else if (/[0-7]/.test(e)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))?.[0] ?? e;
      put(String.fromCharCode(parseInt(octal, 8) & (isBytes ? 0xff : 0x1ff)));
      i += octal.length - 1;
    } else if (!isBytes && (e === "u" || e === "U")) {
      const size = e === "u" ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + size);
      if (!new RegExp(`^[0-9a-fA-F]{${size}}$`).test(hex) || parseInt(hex, 16) > 0x10ffff) {
        return { error: `\\${e} needs ${size} hex digits of a code point`, offset: base + i - 1 };
      }
      put(String.fromCodePoint(parseInt(hex, 16)));
      i += size;
    } else if (!isBytes && e === "N") {
      return {
        error: "\\N{…} escapes are not read; write the character itself",
        offset: base + i - 1,
      };
    } else {
      // Python keeps an unknown escape as written.
      put(`\\${e}`);
    }
  }
  if (!isBytes) {
    return { kind: "str", value: text };
  }
  for (let i = 0; i < text.length; i++) {
    units.push(text.charCodeAt(i));
  }
  return { kind: "bytes", value: Uint8Array.from(units) };
}
