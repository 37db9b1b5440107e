/** Python source literals: strings, numbers of each dtype, nested lists. */
import type { NumericDType, NumericElement } from "../serving/types";

/**
 * Returns a double-quoted Python str literal of `text`: quotes, backslashes and control characters
 * escaped; a lone surrogate becomes U+FFFD, as UTF-8 encoding in the console does.
 */
export function pythonString(text: string): string {
  let out = '"';
  for (const char of wellFormed(text)) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === "\\") {
      out += `\\${char}`;
    } else if (char === "\n") {
      out += "\\n";
    } else if (char === "\r") {
      out += "\\r";
    } else if (char === "\t") {
      out += "\\t";
    } else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      out += `\\x${code.toString(16).padStart(2, "0")}`;
    } else if (code === 0x2028 || code === 0x2029 || code === 0xfeff) {
      out += `\\u${code.toString(16)}`;
    } else {
      out += char;
    }
  }
  return `${out}"`;
}

/** Returns `text` with each lone surrogate replaced by U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );
}

/** Returns the Python literal of one element of `dtype` (True/False, an int, or a float). */
export function pythonElement(dtype: NumericDType, value: NumericElement): string {
  if (typeof value === "boolean" || dtype === "bool") {
    return value === true || value === 1 ? "True" : "False";
  }
  if (typeof value === "bigint") {
    return value.toString();
  }
  if (dtype === "float16" || dtype === "float32" || dtype === "float64") {
    return pythonFloat(value);
  }
  return String(value);
}

/** Returns a Python float expression: `np.nan`, `np.inf`, `-0.0`, or a decimal with a point. */
export function pythonFloat(value: number): string {
  if (Number.isNaN(value)) {
    return "np.nan";
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? "np.inf" : "-np.inf";
  }
  if (Object.is(value, -0)) {
    return "-0.0";
  }
  const text = String(value);
  return /^-?\d+$/.test(text) ? `${text}.0` : text;
}

/** Returns nested Python (and JSON) list text of `leaves` in C order for `shape` (rank ≥ 1). */
export function nestList(shape: readonly number[], leaves: readonly string[]): string {
  let level: string[] = [...leaves];
  for (let d = shape.length - 1; d >= 0; d--) {
    const size = shape[d] ?? 1;
    const grouped: string[] = [];
    for (let i = 0; i < level.length; i += size) {
      grouped.push(`[${level.slice(i, i + size).join(", ")}]`);
    }
    level = grouped;
  }
  return level[0] ?? "[]";
}

/** Returns the Python tuple literal of a shape: `()`, `(3,)`, `(2, 2)`. */
export function pythonShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}
