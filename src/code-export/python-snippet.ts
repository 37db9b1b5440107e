/** The Python script calling Serving with `mindspore_serving.client.Client`, numpy instances. */
import { countOf, elementOf, type NormalValue } from "./normalize-value";
import { planExportValues, type PlannedValue } from "./plan-export-values";
import { nestList, pythonElement, pythonFloat, pythonShape, pythonString } from "./python-literal";
import type { ExportRequest } from "./export-request";
import type { Snippet } from "./snippet";

/** Which client API the script is written for: r1.3+ `Client(address, …)` or r1.2 `Client(ip, port, …)`. */
export type PythonFlavour = "1.3" | "1.2";

/** Returns the Python script for the request; throws TypeError when a value cannot be sent. */
export function generatePython(
  request: ExportRequest,
  flavour: PythonFlavour,
  grpcAddress: string,
): Snippet {
  const { instances, files } = planExportValues(request);
  const readsFiles = instances.some((inputs) =>
    inputs.some((input) => input.value.kind !== "inline"),
  );
  const instanceLines: string[] = [];
  for (const inputs of instances) {
    instanceLines.push("    {");
    for (const { name, value } of inputs) {
      instanceLines.push(`        ${pythonString(name)}: ${pythonExpression(value)},`);
    }
    instanceLines.push("    },");
  }
  const serving = flavour === "1.3" ? "≥ 1.3" : "1.1–1.2";
  const lines = [
    `# Calls ${oneLine(request.servable)}.${oneLine(request.method)} on MindSpore Serving ${serving}.`,
  ];
  lines.push(
    "import os",
    "",
    "import numpy as np",
    "from mindspore_serving.client import Client",
    "",
  );
  lines.push("HERE = os.path.dirname(os.path.abspath(__file__))", "");
  if (readsFiles) {
    lines.push(
      "",
      "def read_file(path):",
      '    with open(os.path.join(HERE, path), "rb") as f:',
      "        return f.read()",
      "",
      "",
    );
  }
  lines.push(clientLine(request, flavour, grpcAddress));
  lines.push("instances = [", ...instanceLines, "]");
  lines.push("result = client.infer(instances)", "print(result)", "");
  return {
    fileName: flavour === "1.3" ? "serving_client.py" : "serving_client_r1_2.py",
    code: lines.join("\n"),
    files,
  };
}

function clientLine(request: ExportRequest, flavour: PythonFlavour, address: string): string {
  const names = `${pythonString(request.servable)}, ${pythonString(request.method)}`;
  if (flavour === "1.3") {
    return `client = Client(${pythonString(address)}, ${names}, version_number=${request.version})`;
  }
  const colon = address.lastIndexOf(":");
  const host = address.slice(0, colon);
  const port = address.slice(colon + 1);
  return `client = Client(${pythonString(host)}, ${Number(port)}, ${names}, ${request.version})`;
}

/** Returns the Python expression of one value, sent by the Python client exactly as the console sends it. */
export function pythonValue(value: NormalValue): string {
  switch (value.kind) {
    case "tensor": {
      const dtype = `dtype=np.${numpyName(value.dtype)}`;
      const count = countOf(value.shape);
      const leaves = Array.from({ length: count }, (_, i) =>
        pythonElement(value.dtype, elementOf(value.dtype, value.data, i)),
      );
      if (value.shape.length === 0) {
        return `np.array(${leaves[0] ?? "0"}, ${dtype})`;
      }
      if (count === 0) {
        return `np.zeros(${pythonShape(value.shape)}, ${dtype})`;
      }
      return `np.array(${nestList(value.shape, leaves)}, ${dtype})`;
    }
    case "scalar":
      // np.bool_ is no np.number, which the client would refuse; a 0-d array is sent the same way.
      return value.dtype === "bool"
        ? `np.array(${pythonElement("bool", value.value)}, dtype=np.bool_)`
        : `np.${numpyName(value.dtype)}(${pythonElement(value.dtype, value.value)})`;
    case "bool":
      return value.value ? "True" : "False";
    case "int":
      return value.value.toString();
    case "float":
      // np.nan and np.inf are Python floats too: the client sends them as float64 [1].
      return pythonFloat(value.value);
    case "string":
      return pythonString(value.value);
    case "bytes":
      return pythonBytes(value.value);
  }
}

/** Returns numpy's attribute name of a dtype (`bool_` for bool, which `np.bool` no longer names). */
export function numpyName(dtype: string): string {
  return dtype === "bool" ? "bool_" : dtype;
}

/** Returns `text` with line breaks as spaces, for a comment line. */
function oneLine(text: string): string {
  return [...text].map((char) => (isLineBreakOrControl(char) ? " " : char)).join("");
}

function isLineBreakOrControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
}

// Bytes not read from a file (a value built in code) are written as a bytes literal.
function pythonBytes(bytes: Uint8Array): string {
  let out = 'b"';
  for (const byte of bytes) {
    out +=
      byte >= 0x20 && byte < 0x7f && byte !== 0x22 && byte !== 0x5c
        ? String.fromCharCode(byte)
        : `\\x${byte.toString(16).padStart(2, "0")}`;
  }
  return `${out}"`;
}

function pythonExpression(planned: PlannedValue): string {
  switch (planned.kind) {
    case "file":
      return `read_file(${pythonString(planned.path)})`;
    case "npy":
      return `np.load(os.path.join(HERE, ${pythonString(planned.path)}))`;
    case "inline":
      return pythonValue(planned.value);
  }
}
