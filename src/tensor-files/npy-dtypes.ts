/** The numpy type strings (`descr`) of the dtypes Serving accepts, and why the others are refused. */
import type { NumericDType } from "../../protocol/tensor-types";

/** Bytes per element and the little-endian `descr` numpy writes for each accepted dtype. */
export const NPY_DESCR: Readonly<Record<NumericDType, { descr: string; width: number }>> = {
  bool: { descr: "|b1", width: 1 },
  int8: { descr: "|i1", width: 1 },
  uint8: { descr: "|u1", width: 1 },
  int16: { descr: "<i2", width: 2 },
  uint16: { descr: "<u2", width: 2 },
  int32: { descr: "<i4", width: 4 },
  uint32: { descr: "<u4", width: 4 },
  int64: { descr: "<i8", width: 8 },
  uint64: { descr: "<u8", width: 8 },
  float16: { descr: "<f2", width: 2 },
  float32: { descr: "<f4", width: 4 },
  float64: { descr: "<f8", width: 8 },
};

const BY_CODE = new Map<string, NumericDType>(
  Object.entries(NPY_DESCR).map(([dtype, { descr }]) => [descr.slice(1), dtype as NumericDType]),
);

const REFUSED_KINDS: Readonly<Record<string, string>> = {
  c: "complex numbers",
  O: "Python objects",
  U: "unicode strings",
  S: "byte strings",
  a: "byte strings",
  V: "raw or structured records",
  M: "datetimes",
  m: "timedeltas",
};

/** A dtype read from a `descr`: which one, and whether its bytes are big-endian. */
export interface NpyType {
  dtype: NumericDType;
  bigEndian: boolean;
}

/**
 * Returns the dtype a numpy `descr` string names (e.g. `<f4`, `>i8`, `|b1`).
 * Throws an Error naming the numpy type when Serving has no such dtype.
 */
export function readNpyType(descr: string): NpyType {
  const match = /^([<>|=])([a-zA-Z])(\d+)$/.exec(descr);
  const kind = /^[<>|=]?([a-zA-Z])/.exec(descr)?.[1];
  const code = match ? `${match[2]}${match[3]}` : undefined;
  const dtype = code === undefined ? undefined : BY_CODE.get(code);
  if (!match || !dtype || !kind) {
    const what = kind ? REFUSED_KINDS[kind] : undefined;
    throw new Error(
      `numpy dtype '${descr}'${what ? ` (${what})` : ""} is not a dtype Serving accepts: ` +
        "use bool, int8…int64, uint8…uint64, float16, float32 or float64",
    );
  }
  // "|" means byte order does not apply; "=" is the writer's native order, little-endian everywhere numpy runs today.
  return { dtype, bigEndian: match[1] === ">" };
}
