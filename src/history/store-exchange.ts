/** Turns an exchange into its stored form and back; numeric outputs travel as exact `.npy` bytes. */
import { numericOutputArray } from "../tensor-files/output-array";
import { readNpy } from "../tensor-files/read-npy";
import { writeNpy } from "../tensor-files/write-npy";
import { localBytes } from "./local-bytes";
import type { InferExchange, InstanceResult, OutputValue } from "../serving/types";
import type { StoredExchange, StoredInstanceResult, StoredOutput } from "./history-types";

/** Returns the stored form of an output. */
export function storeOutput(output: OutputValue): StoredOutput {
  switch (output.kind) {
    case "tensor":
      return { kind: "tensor", npy: writeNpy(output) };
    case "scalar":
      return { kind: "scalar", npy: writeNpy(numericOutputArray(output)) };
    case "string":
    case "strings":
    case "bytes":
    case "bytes-list":
    case "invalid":
      return output;
  }
}

/** Returns the output a stored output was made from; throws when its `.npy` does not read. */
export function loadOutput(stored: StoredOutput): OutputValue {
  switch (stored.kind) {
    case "tensor": {
      const array = readNpy(ownBytes(stored.npy));
      return { kind: "tensor", dtype: array.dtype, shape: array.shape, data: array.data };
    }
    case "scalar": {
      const array = readNpy(ownBytes(stored.npy));
      const element = array.data[0];
      if (element === undefined) {
        throw new Error("a stored scalar has no value");
      }
      return {
        kind: "scalar",
        dtype: array.dtype,
        shape: array.shape,
        value: array.dtype === "bool" ? element !== 0 : element,
      };
    }
    case "bytes":
      return { ...stored, value: ownBytes(stored.value) };
    case "bytes-list":
      return { ...stored, values: stored.values.map(ownBytes) };
    case "string":
    case "strings":
    case "invalid":
      return stored;
  }
}

function ownBytes(value: Uint8Array): Uint8Array {
  return localBytes(value) ?? fail("a stored output holds no bytes");
}

function fail(message: string): never {
  throw new Error(message);
}

function storeResult(result: InstanceResult): StoredInstanceResult {
  return "error" in result
    ? { error: result.error }
    : {
        outputs: Object.fromEntries(
          Object.entries(result.outputs).map(([name, output]) => [name, storeOutput(output)]),
        ),
      };
}

function loadResult(result: StoredInstanceResult): InstanceResult {
  return "error" in result
    ? { error: result.error }
    : {
        outputs: Object.fromEntries(
          Object.entries(result.outputs).map(([name, output]) => [name, loadOutput(output)]),
        ),
      };
}

/** Returns the stored form of an exchange. */
export function storeExchange(exchange: InferExchange): StoredExchange {
  const { result } = exchange;
  return {
    ...exchange,
    result: result.ok ? { ok: true, instances: result.instances.map(storeResult) } : { ...result },
  };
}

/** Returns the exchange a stored exchange was made from; throws when an output does not read. */
export function loadExchange(stored: StoredExchange): InferExchange {
  const { result } = stored;
  return {
    ...stored,
    result: result.ok ? { ok: true, instances: result.instances.map(loadResult) } : { ...result },
  };
}
