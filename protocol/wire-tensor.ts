/** Wire-version-neutral views of MSService messages, shared by encoding, decoding and the raw view. */

/** One Tensor as it travels: identical in both wire versions. */
export interface WireTensor {
  /** DataType code. */
  dtype: number;
  dims: number[];
  /** Raw little-endian values for numeric dtypes; empty otherwise. */
  data: Uint8Array;
  /** One entry per element for MS_STRING and MS_BYTES. */
  bytesVal: Uint8Array[];
}

/** One Instance: input or output name → tensor, in wire order. */
export type WireInstance = [name: string, tensor: WireTensor][];

/** ServableSpec. */
export interface WireSpec {
  name: string;
  methodName: string;
  version: number;
}

/** A PredictReply of either wire version. */
export interface WireReply {
  spec?: WireSpec;
  /** Serving 1.1–1.2 only (field 2). */
  status?: boolean;
  instances: WireInstance[];
  errors: { code: number; message: Uint8Array }[];
}
