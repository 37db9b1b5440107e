/** The dtype table: wire code, byte width and element storage of every DataType. */
import { Float16Array, isFloat16Array } from "@petamoriken/float16";
import { DataType, dataTypeName } from "./data-type";
import type { DType, NumericArray, NumericDType } from "./tensor-types";

/** The wire codes of the DataType enum, the same in every wire version. */
export { DataType };

/** How a dtype's elements are held in JavaScript. */
export type ElementKind = "bool" | "int" | "bigint" | "float";

/** What the client knows about one numeric dtype. */
export interface NumericDTypeInfo {
  wire: DataType;
  /** Bytes per element on the wire. */
  width: number;
  kind: ElementKind;
  /** Inclusive value range of integer dtypes (bool is 0..1). */
  min?: number | bigint;
  max?: number | bigint;
  /** The typed-array class name, for messages. */
  arrayName: string;
  /** A view of `length` elements over aligned bytes. */
  view(buffer: ArrayBufferLike, byteOffset: number, length: number): NumericArray;
  /** A zero-filled array of `length` elements. */
  alloc(length: number): NumericArray;
  /** Whether `data` is this dtype's typed array. */
  holds(data: unknown): boolean;
}

function entry(
  wire: DataType,
  kind: ElementKind,
  ctor: {
    new (buffer: ArrayBufferLike, byteOffset: number, length: number): NumericArray;
    new (length: number): NumericArray;
    BYTES_PER_ELEMENT: number;
    name: string;
  },
  range?: [number | bigint, number | bigint],
): NumericDTypeInfo {
  return {
    wire,
    kind,
    width: ctor.BYTES_PER_ELEMENT,
    min: range?.[0],
    max: range?.[1],
    arrayName: ctor.name,
    view: (buffer, byteOffset, length) => new ctor(buffer, byteOffset, length),
    alloc: (length) => new ctor(length),
    // Float16Array is a library class, not a native typed array, so it is recognised by its own test.
    holds: (data) => (ctor === Float16Array ? isFloat16Array(data) : data instanceof ctor),
  };
}

/** Every numeric dtype (bool is one byte per value, 0 or 1). */
export const numericDTypes: Readonly<Record<NumericDType, NumericDTypeInfo>> = {
  bool: entry(DataType.MS_BOOL, "bool", Uint8Array, [0, 1]),
  int8: entry(DataType.MS_INT8, "int", Int8Array, [-128, 127]),
  uint8: entry(DataType.MS_UINT8, "int", Uint8Array, [0, 255]),
  int16: entry(DataType.MS_INT16, "int", Int16Array, [-32768, 32767]),
  uint16: entry(DataType.MS_UINT16, "int", Uint16Array, [0, 65535]),
  int32: entry(DataType.MS_INT32, "int", Int32Array, [-2147483648, 2147483647]),
  uint32: entry(DataType.MS_UINT32, "int", Uint32Array, [0, 4294967295]),
  int64: entry(DataType.MS_INT64, "bigint", BigInt64Array, [-(2n ** 63n), 2n ** 63n - 1n]),
  uint64: entry(DataType.MS_UINT64, "bigint", BigUint64Array, [0n, 2n ** 64n - 1n]),
  float16: entry(DataType.MS_FLOAT16, "float", Float16Array),
  float32: entry(DataType.MS_FLOAT32, "float", Float32Array),
  float64: entry(DataType.MS_FLOAT64, "float", Float64Array),
};

const wireCodes: Readonly<Record<DType, DataType>> = {
  ...(Object.fromEntries(
    Object.entries(numericDTypes).map(([name, info]) => [name, info.wire]),
  ) as Record<NumericDType, DataType>),
  string: DataType.MS_STRING,
  bytes: DataType.MS_BYTES,
};

const byWire = new Map<number, DType>(
  Object.entries(wireCodes).map(([name, code]) => [code, name as DType]),
);

/** Returns true when `name` is one of the 12 numeric dtype names. */
export function isNumericDType(name: unknown): name is NumericDType {
  return typeof name === "string" && Object.hasOwn(numericDTypes, name);
}

/** Returns the wire DataType code of a dtype. */
export function wireDataType(dtype: DType): DataType {
  return wireCodes[dtype];
}

/** Returns the dtype of a wire DataType code, or undefined for MS_UNKNOWN and unknown codes. */
export function dtypeOfWire(code: number): DType | undefined {
  return byWire.get(code);
}

/** Returns the wire name of a DataType code ("MS_FLOAT32"), or the bare number when unknown. */
export function wireDataTypeName(code: number): string {
  return dataTypeName(code) ?? String(code);
}
