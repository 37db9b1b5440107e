/**
 * A PredictRequest in protobuf's canonical JSON mapping (bytes base64, 64-bit integers as strings,
 * enums by name), written by hand so that map entries keep the order the client encodes them in.
 */
import { wireDataTypeName } from "../../protocol/dtypes";
import { encodeBase64 } from "../../shared/base64";
import type { WireInstance, WireSpec, WireTensor } from "../../protocol/wire-tensor";

/** Returns the JSON text of the PredictRequest; default (zero) fields are left out, as protobuf does. */
export function predictRequestJson(spec: WireSpec, instances: readonly WireInstance[]): string {
  const specFields = [
    `"name": ${JSON.stringify(spec.name)}`,
    `"methodName": ${JSON.stringify(spec.methodName)}`,
  ];
  if (spec.version !== 0) {
    specFields.push(`"versionNumber": "${spec.version}"`);
  }
  const items = instances.map((instance) => {
    const entries = instance.map(
      ([name, tensor]) => `        ${JSON.stringify(name)}: ${tensorJson(tensor)}`,
    );
    return `    {\n      "items": {\n${entries.join(",\n")}\n      }\n    }`;
  });
  return `{\n  "servableSpec": {${specFields.join(", ")}},\n  "instances": [\n${items.join(",\n")}\n  ]\n}`;
}

function tensorJson(tensor: WireTensor): string {
  const fields: string[] = [];
  if (tensor.dims.length > 0) {
    fields.push(`"shape": {"dims": [${tensor.dims.map((dim) => `"${dim}"`).join(", ")}]}`);
  }
  fields.push(`"dtype": "${wireDataTypeName(tensor.dtype)}"`);
  if (tensor.data.length > 0) {
    fields.push(`"data": "${encodeBase64(tensor.data)}"`);
  }
  if (tensor.bytesVal.length > 0) {
    fields.push(`"bytesVal": [${tensor.bytesVal.map((b) => `"${encodeBase64(b)}"`).join(", ")}]`);
  }
  return `{${fields.join(", ")}}`;
}
