/** The numpy spellings of the 12 numeric dtypes, as `np.<name>`, `"<name>"` or a Python builtin. */
import type { NumericDType } from "../../protocol/tensor-types";

const NAMES: Readonly<Record<string, NumericDType>> = {
  bool: "bool",
  bool_: "bool",
  int8: "int8",
  uint8: "uint8",
  int16: "int16",
  uint16: "uint16",
  int32: "int32",
  intc: "int32",
  uint32: "uint32",
  int64: "int64",
  int_: "int64",
  uint64: "uint64",
  float16: "float16",
  half: "float16",
  float32: "float32",
  single: "float32",
  float64: "float64",
  double: "float64",
  float_: "float64",
};

/** The builtins numpy reads as dtypes. */
const BUILTINS: Readonly<Record<string, NumericDType>> = {
  bool: "bool",
  int: "int64",
  float: "float64",
};

/** Returns the dtype an `np.<name>` attribute or a dtype string names, or undefined. */
export function numpyDType(name: string): NumericDType | undefined {
  return Object.hasOwn(NAMES, name) ? NAMES[name] : undefined;
}

/** Returns the dtype a bare builtin name (`float`, `int`, `bool`) stands for, or undefined. */
export function builtinDType(name: string): NumericDType | undefined {
  return Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined;
}
