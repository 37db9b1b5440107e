/**
 * Reads the errors real MindSpore Serving gives before it runs a model (texts from
 * `proto_tensor.cc` and `predict_thread.cc`, matched character for character).
 */
import { numericDtypeOfServingName } from "../../../protocol/serving-dtype-names";
import type { NumericDType } from "../../serving/types";

/** What one Serving error says about the method's inputs. */
export type ServingErrorFact =
  | { kind: "missing-input"; name: string }
  | { kind: "input-size"; index: number; given: number; wanted: number }
  | {
      kind: "input-dtype";
      index: number;
      given: string;
      wanted: NumericDType | undefined;
      wantedName: string;
    }
  | { kind: "other"; text: string };

const MISSING_INPUT = /^Cannot find input (\S+) in instance input , servable \S*, method \S*$/;
const INPUT_SIZE = /^Given model input (\d+) size (\d+) not match the size (\d+) defined in model$/;
const INPUT_DTYPE =
  /^Given model input (\d+) data type (kMSI_\w+) not match the data type (kMSI_\w+) defined in model$/;

/** Returns what the error text says, or `{kind: "other"}` when it is none of the forms read. */
export function readServingError(text: string): ServingErrorFact {
  const trimmed = text.trim();
  const missing = MISSING_INPUT.exec(trimmed);
  if (missing?.[1] !== undefined) {
    return { kind: "missing-input", name: missing[1] };
  }
  const size = INPUT_SIZE.exec(trimmed);
  if (size?.[1] !== undefined && size[2] !== undefined && size[3] !== undefined) {
    return {
      kind: "input-size",
      index: Number(size[1]),
      given: Number(size[2]),
      wanted: Number(size[3]),
    };
  }
  const dtype = INPUT_DTYPE.exec(trimmed);
  if (dtype?.[1] !== undefined && dtype[2] !== undefined && dtype[3] !== undefined) {
    return {
      kind: "input-dtype",
      index: Number(dtype[1]),
      given: dtype[2],
      wanted: numericDtypeOfServingName(dtype[3]),
      wantedName: dtype[3],
    };
  }
  return { kind: "other", text };
}
