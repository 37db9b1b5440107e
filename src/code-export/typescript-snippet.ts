/** The TypeScript script calling Serving through the console's own ServingClient (run with tsx). */
import { countOf, elementOf, type NormalValue } from "./normalize-value";
import { planExportValues, type PlannedValue } from "./plan-export-values";
import type { NumericDType } from "../serving/types";
import type { ExportRequest } from "./export-request";
import type { Snippet } from "./snippet";

const ARRAY_CLASS: Record<NumericDType, string> = {
  bool: "Uint8Array",
  int8: "Int8Array",
  uint8: "Uint8Array",
  int16: "Int16Array",
  uint16: "Uint16Array",
  int32: "Int32Array",
  uint32: "Uint32Array",
  int64: "BigInt64Array",
  uint64: "BigUint64Array",
  float16: "Float16Array",
  float32: "Float32Array",
  float64: "Float64Array",
};

/**
 * Returns the script, meant to sit in a folder at the root of a Serving Console checkout (it imports
 * `../src/serving/client`) and to run with `npx tsx`; throws TypeError when a value cannot be sent.
 */
export function generateTypescript(request: ExportRequest): Snippet {
  const { instances, files } = planExportValues(request);
  const planned = instances.flatMap((inputs) => inputs.map((input) => input.value));
  const uses = {
    float16: planned.some(
      (p) => p.kind === "inline" && p.value.kind === "tensor" && p.value.dtype === "float16",
    ),
    readFile: planned.some((p) => p.kind !== "inline"),
    npy: planned.some((p) => p.kind === "npy"),
  };
  const instanceLines: string[] = [];
  for (const inputs of instances) {
    instanceLines.push("  {");
    for (const { name, value } of inputs) {
      instanceLines.push(`    ${JSON.stringify(name)}: ${typescriptExpression(value)},`);
    }
    instanceLines.push("  },");
  }
  const target = [
    `url: ${JSON.stringify(request.gatewayUrl)}`,
    `servable: ${JSON.stringify(request.servable)}`,
    `method: ${JSON.stringify(request.method)}`,
    `version: ${request.version}n`,
    `wire: ${JSON.stringify(request.wire)}`,
    `transport: ${JSON.stringify(request.transport)}`,
  ];
  const lines = [
    "// Unzip into a folder at the root of a Serving Console checkout, e.g. serving-client/,",
    "// then run from the checkout: npx tsx serving-client/serving-client.ts",
  ];
  if (uses.readFile) {
    lines.push('import { readFileSync } from "node:fs";');
  }
  if (request.transport === "grpc-web") {
    lines.push('import { NodeHttpTransport } from "@improbable-eng/grpc-web-node-http-transport";');
  }
  if (uses.float16) {
    lines.push('import { Float16Array } from "@petamoriken/float16";');
  }
  lines.push('import { ServingClient } from "../src/serving/client";');
  if (uses.npy) {
    lines.push('import { readNpy } from "../src/tensor-files/read-npy";');
  }
  lines.push('import type { Instance } from "../src/serving/types";', "");
  if (uses.readFile) {
    lines.push(
      "// Files are read from beside this script.",
      "function readBytes(path: string): Uint8Array {",
      "  return new Uint8Array(readFileSync(new URL(path, import.meta.url)));",
      "}",
      "",
    );
  }
  const transport = request.transport === "grpc-web" ? ", NodeHttpTransport()" : "";
  lines.push(
    "const client = new ServingClient(",
    `  { ${target.join(", ")} }${transport},`,
    ");",
    "const instances: Instance[] = [",
    ...instanceLines,
    "];",
    "const result = await client.infer(instances);",
    "console.dir(result, { depth: null });",
    "",
  );
  return { fileName: "serving-client.ts", code: lines.join("\n"), files };
}

/** Returns the TypeScript expression of one value as `ServingClient` takes it. */
export function typescriptValue(value: NormalValue): string {
  switch (value.kind) {
    case "tensor": {
      const count = countOf(value.shape);
      const elements = Array.from({ length: count }, (_, i) =>
        typescriptElement(value.dtype, elementOf(value.dtype, value.data, i)),
      );
      const data = `new ${ARRAY_CLASS[value.dtype]}([${elements.join(", ")}])`;
      return `{ kind: "tensor", dtype: "${value.dtype}", shape: [${value.shape.join(", ")}], data: ${data} }`;
    }
    case "scalar":
      return `{ kind: "scalar", dtype: "${value.dtype}", value: ${scalarElement(value.dtype, value.value)} }`;
    case "bool":
      return `{ kind: "bool", value: ${value.value} }`;
    case "int":
      return `{ kind: "int", value: ${value.value}n }`;
    case "float":
      return `{ kind: "float", value: ${numberLiteral(value.value)} }`;
    case "string":
      return `{ kind: "string", value: ${JSON.stringify(value.value)} }`;
    case "bytes":
      return `{ kind: "bytes", value: new Uint8Array([${[...value.value].join(", ")}]) }`;
  }
}

// Typed-array literals: bool as 0/1 bytes, 64-bit integers as bigint literals.
function typescriptElement(dtype: NumericDType, value: number | bigint | boolean): string {
  if (typeof value === "boolean") {
    return value ? "1" : "0";
  }
  if (typeof value === "bigint") {
    return `${value}n`;
  }
  return dtype === "int64" || dtype === "uint64" ? `${value}n` : numberLiteral(value);
}

function scalarElement(dtype: NumericDType, value: number | bigint | boolean): string {
  if (typeof value === "boolean" || dtype === "bool") {
    return String(value === true || value === 1);
  }
  return typescriptElement(dtype, value);
}

function numberLiteral(value: number): string {
  if (Number.isNaN(value)) {
    return "NaN";
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? "Infinity" : "-Infinity";
  }
  return Object.is(value, -0) ? "-0" : String(value);
}

function typescriptExpression(planned: PlannedValue): string {
  switch (planned.kind) {
    case "file":
      return `readBytes(${JSON.stringify(planned.path)})`;
    case "npy":
      return `{ kind: "tensor", ...readNpy(readBytes(${JSON.stringify(planned.path)})) }`;
    case "inline":
      return typescriptValue(planned.value);
  }
}
