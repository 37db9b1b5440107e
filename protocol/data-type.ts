/**
 * The DataType codes of ms_service.proto, kept apart from the generated message classes so that
 * code needing only the codes does not pull in the protobuf runtime.
 */

/** The wire codes of the DataType enum, the same in every wire version. */
export const DataType = {
  MS_UNKNOWN: 0,
  MS_BOOL: 1,
  MS_INT8: 2,
  MS_UINT8: 3,
  MS_INT16: 4,
  MS_UINT16: 5,
  MS_INT32: 6,
  MS_UINT32: 7,
  MS_INT64: 8,
  MS_UINT64: 9,
  MS_FLOAT16: 10,
  MS_FLOAT32: 11,
  MS_FLOAT64: 12,
  MS_STRING: 13,
  MS_BYTES: 14,
} as const;

/** One DataType code. */
export type DataType = (typeof DataType)[keyof typeof DataType];

const NAMES = new Map<number, string>(Object.entries(DataType).map(([name, code]) => [code, name]));

/** Returns the enum name of a DataType code ("MS_FLOAT32"), or undefined for an unknown code. */
export function dataTypeName(code: number): string | undefined {
  return NAMES.get(code);
}
