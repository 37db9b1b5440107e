/** Plain types of tensors as both ends of the wire hold them; no generated class appears here. */
import type { Float16Array } from "@petamoriken/float16";

/** The 12 numeric DataTypes, named as numpy names them. */
export type NumericDType =
  | "bool"
  | "int8"
  | "uint8"
  | "int16"
  | "uint16"
  | "int32"
  | "uint32"
  | "int64"
  | "uint64"
  | "float16"
  | "float32"
  | "float64";

/** Every DataType a tensor can carry on the wire (MS_UNKNOWN excluded). */
export type DType = NumericDType | "string" | "bytes";

/**
 * Element storage per dtype: bool is one byte per value (0 or 1) in a Uint8Array,
 * float16 is the library's Float16Array, int64/uint64 are BigInt64Array/BigUint64Array.
 */
export type NumericArray =
  | Uint8Array
  | Int8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | Float16Array
  | Float32Array
  | Float64Array;

/** One element of a numeric tensor as JavaScript holds it. */
export type NumericElement = number | bigint | boolean;

/** A decoded output of one instance (docs/architecture.md, "Reply rules"). */
export type OutputValue =
  /** A numeric tensor with more than one element. */
  | { kind: "tensor"; dtype: NumericDType; shape: number[]; data: NumericArray }
  /** A numeric 0-d or single-element tensor, shown as a scalar; shape kept for display. */
  | { kind: "scalar"; dtype: NumericDType; shape: number[]; value: NumericElement }
  /** MS_STRING with one element. */
  | { kind: "string"; shape: number[]; value: string }
  /** MS_STRING with several elements. */
  | { kind: "strings"; shape: number[]; values: string[] }
  /** MS_BYTES with one element. */
  | { kind: "bytes"; shape: number[]; value: Uint8Array }
  /** MS_BYTES with several elements. */
  | { kind: "bytes-list"; shape: number[]; values: Uint8Array[] }
  /** A tensor the reply carried in a form that cannot be read (length/shape/dtype disagree). */
  | { kind: "invalid"; dtype: string; shape: number[]; error: string };
