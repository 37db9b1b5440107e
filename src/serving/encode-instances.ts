/** Encodes the instances of one request, rejecting bad input before anything is sent. */
import { describe } from "../../shared/describe-value";
import { encodeTensor } from "./encode-tensor";
import { InvalidInputError } from "./invalid-input-error";
import type { WireInstance } from "../../protocol/wire-tensor";
import type { Instance } from "./types";

/**
 * Returns one wire instance per given instance (a single instance counts as a list of one),
 * inputs sorted by name in UTF-8 byte order, the order protoc's deterministic output uses.
 * Throws InvalidInputError naming the instance (and input) at fault.
 */
export function encodeInstances(instances: Instance | readonly Instance[]): WireInstance[] {
  const list = Array.isArray(instances) ? (instances as readonly unknown[]) : [instances];
  if (list.length === 0) {
    throw new InvalidInputError("no instances to send; give at least one");
  }
  return list.map((instance, index) => encodeInstance(instance, index));
}

function encodeInstance(instance: unknown, index: number): WireInstance {
  if (!isPlainObject(instance)) {
    throw new InvalidInputError(
      `must be a map of input name to value, got ${describe(instance)}`,
      index,
    );
  }
  const names = Object.keys(instance).sort(compareUtf8);
  return names.map((name) => {
    if (name === "") {
      throw new InvalidInputError("input name is empty", index, name);
    }
    try {
      return [name, encodeTensor(instance[name] as Instance[string])];
    } catch (error) {
      if (error instanceof TypeError || error instanceof RangeError) {
        throw new InvalidInputError(error.message, index, name);
      }
      throw error;
    }
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Orders strings by code point, which is the byte order of their UTF-8 encodings. */
export function compareUtf8(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) {
      return x.done && y.done ? 0 : x.done ? -1 : 1;
    }
    const diff = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (diff !== 0) {
      return diff;
    }
  }
}
