import { DataType } from "../../../protocol/dtypes";

/** The `type` names a REST `{"b64", "type", "shape"}` object may give, as Serving's REST API spells them. */
const TYPES_BY_NAME: ReadonlyMap<string, DataType> = new Map([
  ["int8", DataType.MS_INT8],
  ["int16", DataType.MS_INT16],
  ["int32", DataType.MS_INT32],
  ["int64", DataType.MS_INT64],
  ["uint8", DataType.MS_UINT8],
  ["uint16", DataType.MS_UINT16],
  ["uint32", DataType.MS_UINT32],
  ["uint64", DataType.MS_UINT64],
  ["fp16", DataType.MS_FLOAT16],
  ["fp32", DataType.MS_FLOAT32],
  ["fp64", DataType.MS_FLOAT64],
  ["float16", DataType.MS_FLOAT16],
  ["float32", DataType.MS_FLOAT32],
  ["float64", DataType.MS_FLOAT64],
  ["bool", DataType.MS_BOOL],
  ["str", DataType.MS_STRING],
  ["bytes", DataType.MS_BYTES],
]);

/** Returns the data type a REST type name stands for, or undefined for a name Serving does not know. */
export function findRestType(name: string): DataType | undefined {
  return TYPES_BY_NAME.get(name);
}

/** Returns the name Serving's REST texts give a data type: the first of its names in sorted order ("float32", not "fp32"). */
export function nameRestType(dtype: DataType): string {
  const names = [...TYPES_BY_NAME].filter(([, code]) => code === dtype).map(([name]) => name);
  return names.sort()[0] ?? "";
}
