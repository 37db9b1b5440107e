/** Short descriptions of arbitrary values for error messages. */
import { isFloat16Array } from "@petamoriken/float16";

/** A short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) {
    return "null";
  }
  if (Array.isArray(value)) {
    return "an array";
  }
  if (isFloat16Array(value)) {
    return "Float16Array";
  }
  if (ArrayBuffer.isView(value)) {
    return value.constructor.name;
  }
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "undefined":
      return "undefined";
    case "object":
      return value.constructor && value.constructor !== Object
        ? `a ${value.constructor.name}`
        : "an object";
    default:
      return `a ${typeof value}`;
  }
}

/** Returns the message of a thrown Error, or the thrown value as text when it is not an Error. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
