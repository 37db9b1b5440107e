/** What a pasted request turns into before it becomes a draft: instances of exact values. */
import type { NumericDType } from "../../protocol/tensor-types";
import type { WireVersion } from "../../protocol/wire-version";

/**
 * One pasted input value. Numbers stay text so int64 beyond 2^53, float16 and every digit the
 * user wrote survive until the draft builds them at send time.
 */
export type PastedValue =
  | { kind: "tensor"; dtype: NumericDType; shape: number[]; texts: string[] }
  | { kind: "scalar"; dtype: NumericDType; text: string }
  | { kind: "bool"; value: boolean }
  | { kind: "int"; text: string }
  | { kind: "float"; text: string }
  | { kind: "string"; value: string }
  | { kind: "bytes"; bytes: Uint8Array };

/** One pasted instance: input names and values, in the order they were written. */
export type PastedInstance = [name: string, value: PastedValue][];

/** The forms a pasted text can take. */
export type PasteForm = "rest-json" | "curl" | "grpcurl-json" | "grpcurl" | "python";

/** The servable, method, version and wire a pasted text names, where it names them. */
export interface PastedTarget {
  servable?: string;
  method?: string;
  version?: number;
  wire?: WireVersion;
}

/** A pasted text read cleanly. */
export interface PastedRequest {
  form: PasteForm;
  target: PastedTarget;
  instances: PastedInstance[];
}
