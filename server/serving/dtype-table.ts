import { DataType } from "../../src/serving/generated/serving-1.3/ms_service";

/** What the server knows about one wire data type. */
export interface DtypeInfo {
  /** Serving's own name of the type, as its error texts spell it. */
  readonly name: string;
  /** Bytes per element; 0 for MS_STRING/MS_BYTES, which travel in bytes_val. */
  readonly itemSize: number;
}

const TABLE: Readonly<Record<number, DtypeInfo>> = {
  [DataType.MS_BOOL]: { name: "kMSI_Bool", itemSize: 1 },
  [DataType.MS_INT8]: { name: "kMSI_Int8", itemSize: 1 },
  [DataType.MS_UINT8]: { name: "kMSI_Uint8", itemSize: 1 },
  [DataType.MS_INT16]: { name: "kMSI_Int16", itemSize: 2 },
  [DataType.MS_UINT16]: { name: "kMSI_Uint16", itemSize: 2 },
  [DataType.MS_INT32]: { name: "kMSI_Int32", itemSize: 4 },
  [DataType.MS_UINT32]: { name: "kMSI_Uint32", itemSize: 4 },
  [DataType.MS_INT64]: { name: "kMSI_Int64", itemSize: 8 },
  [DataType.MS_UINT64]: { name: "kMSI_Uint64", itemSize: 8 },
  [DataType.MS_FLOAT16]: { name: "kMSI_Float16", itemSize: 2 },
  [DataType.MS_FLOAT32]: { name: "kMSI_Float32", itemSize: 4 },
  [DataType.MS_FLOAT64]: { name: "kMSI_Float64", itemSize: 8 },
  [DataType.MS_STRING]: { name: "kMSI_String", itemSize: 0 },
  [DataType.MS_BYTES]: { name: "kMSI_Bytes", itemSize: 0 },
};

/** Returns the table entry of a data type, or undefined for MS_UNKNOWN and numbers outside the enum. */
export function findDtype(dtype: number): DtypeInfo | undefined {
  return TABLE[dtype];
}

/** Returns Serving's name of a data type (kMSI_Float32, ...), or kMSI_Unknown. */
export function nameDtype(dtype: number): string {
  return findDtype(dtype)?.name ?? "kMSI_Unknown";
}

/** Maps an onnxruntime tensor type to the wire data type; undefined where the wire has none. */
export function dtypeOfOrtType(type: string): DataType | undefined {
  const map: Record<string, DataType> = {
    bool: DataType.MS_BOOL,
    int8: DataType.MS_INT8,
    uint8: DataType.MS_UINT8,
    int16: DataType.MS_INT16,
    uint16: DataType.MS_UINT16,
    int32: DataType.MS_INT32,
    uint32: DataType.MS_UINT32,
    int64: DataType.MS_INT64,
    uint64: DataType.MS_UINT64,
    float16: DataType.MS_FLOAT16,
    float32: DataType.MS_FLOAT32,
    float64: DataType.MS_FLOAT64,
    string: DataType.MS_STRING,
  };
  return map[type];
}
