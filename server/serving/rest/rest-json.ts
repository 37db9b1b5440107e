import { parse } from "lossless-json";
import { RestInputError } from "./rest-input-error";

const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/**
 * A JSON number with the kind Serving's JSON library gives it: a literal without fraction or exponent is an
 * integer (unsigned when not negative) if it fits 64 bits, anything else a float. The kind picks the dtype.
 */
export class JsonNumber {
  /** The integer value, or undefined for a float. */
  readonly integer: bigint | undefined;
  /** The value as a double. */
  readonly float: number;

  constructor(literal: string) {
    const integral = /^-?\d+$/.test(literal);
    const big = integral ? BigInt(literal) : undefined;
    this.integer = big !== undefined && big >= INT64_MIN && big <= UINT64_MAX ? big : undefined;
    this.float = Number(literal);
  }

  /** True for an integer literal that is not negative. */
  get unsigned(): boolean {
    return this.integer !== undefined && this.integer >= 0n && !Object.is(this.float, -0);
  }
}

/** A JSON object; keys are own properties. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A parsed JSON value with numbers kept as JsonNumber. */
export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | JsonObject;

/** Returns true for a JSON object (not an array, not a number). */
export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof JsonNumber)
  );
}

/** Returns the keys of an object in the order Serving iterates them: sorted by their UTF-8 bytes. */
export function sortedKeys(object: JsonObject): string[] {
  return Object.keys(object).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Returns the JSON value of a request body. A repeated key keeps its last value, as in Serving.
 * Throws RestInputError with "Illegal JSON format." and the reason for text that is not JSON.
 */
export function readRestJson(body: Uint8Array): JsonValue {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new RestInputError("Illegal JSON format.invalid string: ill-formed UTF-8 byte");
  }
  try {
    return parse(text, null, {
      parseNumber: (literal) => new JsonNumber(literal),
      onDuplicateKey: ({ newValue }) => newValue,
    }) as JsonValue;
  } catch (error) {
    // Nesting deep enough to exhaust the stack is refused like any other unreadable body.
    const reason =
      error instanceof RangeError
        ? "nesting is too deep"
        : error instanceof Error
          ? error.message
          : String(error);
    throw new RestInputError(`Illegal JSON format.${reason}`);
  }
}
