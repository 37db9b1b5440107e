import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { readNpy } from "../tensor-files/read-npy";
import { generateCurl } from "./curl-snippet";
import { prepareExport, type CodeExportSource, type ExportRequest } from "./export-request";
import { generatePython } from "./python-snippet";

function request(patch: Partial<CodeExportSource>): ExportRequest {
  const prepared = prepareExport({
    target: { servable: "add", method: "add_common", version: 3 },
    wire: "1.3",
    transport: "grpc-web",
    instances: [{ id: "a", values: { x: { kind: "float", text: "2" } } }],
    files: {},
    ...patch,
  });
  if (!prepared.ok) {
    throw new Error(prepared.problems.join());
  }
  return prepared.request;
}

const oddTarget = { servable: `a"b'c\\`, method: "m\nn $(x)", version: 0 };

describe("generatePython()", () => {
  it("writes each client's constructor: address and version_number, or ip, port and version", () => {
    expect(generatePython(request({}), "1.3", "[::1]:5500").code).toContain(
      'client = Client("[::1]:5500", "add", "add_common", version_number=3)',
    );
    expect(generatePython(request({}), "1.2", "10.0.0.1:5500").code).toContain(
      'client = Client("10.0.0.1", 5500, "add", "add_common", 3)',
    );
  });

  it("stays valid Python whatever the names hold", () => {
    for (const flavour of ["1.3", "1.2"] as const) {
      const { code } = generatePython(request({ target: oddTarget }), flavour, "h:1");
      execFileSync("/usr/bin/python3", ["-c", "import ast, sys; ast.parse(sys.stdin.read())"], {
        input: code,
      });
    }
  });

  it("loads a tensor over the inline limit from a .npy file in the download", () => {
    const text = `[${Array.from({ length: 1001 }, (_, i) => i).join(", ")}]`;
    const snippet = generatePython(
      request({
        instances: [
          {
            id: "a",
            values: {
              "big one": {
                kind: "tensor",
                dtype: "int16",
                editor: "nd",
                rows: 1,
                cols: 1,
                cells: [],
                text,
              },
            },
          },
        ],
      }),
      "1.3",
      "h:1",
    );
    expect(snippet.code).toContain(
      '"big one": np.load(os.path.join(HERE, "arrays/instance1_input1.npy")),',
    );
    const array = readNpy(snippet.files["arrays/instance1_input1.npy"] ?? new Uint8Array());
    expect(array.dtype).toBe("int16");
    expect(array.shape).toEqual([1001]);
    expect(array.data[1000]).toBe(1000);
  });
});

describe("generateCurl()", () => {
  it("is one shell command whatever the names hold, with the version in the URL", () => {
    const { code } = generateCurl(request({ target: { ...oddTarget, version: 2 } }), "h:1500");
    execFileSync("sh", ["-n"], { input: code });
    expect(code).toContain("/version/2:");
  });
});
