import { describe, expect, it } from "vitest";
import { prepareExport, type CodeExportSource } from "./export-request";

function source(patch: Partial<CodeExportSource>): CodeExportSource {
  return {
    target: { servable: "add", method: "add_common" },
    wire: "auto",
    transport: "grpc-web",
    instances: [{ id: "a", values: { x: { kind: "int", text: "1" } } }],
    files: {},
    ...patch,
  };
}

describe("prepareExport()", () => {
  it("exports Auto as the Serving ≥ 1.3 layout and version 0 as latest", () => {
    const prepared = prepareExport(source({}));
    expect(prepared).toMatchObject({ ok: true, request: { wire: "1.3", version: 0n } });
  });

  it("orders inputs as the client encodes them and names files after the dropped files", () => {
    const ref = (id: string, name: string) => ({ id, name, size: 1, type: "" });
    const prepared = prepareExport(
      source({
        instances: [
          {
            id: "a",
            values: {
              b: { kind: "bytes", file: ref("1", "cat.jpg") },
              a: { kind: "image", file: ref("2", "cat.jpg") },
              é: { kind: "bytes", file: ref("3", "../etc/passwd") },
              c: { kind: "bytes", file: ref("1", "cat.jpg") },
            },
          },
        ],
        files: { "1": new Uint8Array([1]), "2": new Uint8Array([2]), "3": new Uint8Array([3]) },
      }),
    );
    if (!prepared.ok) {
      throw new Error(prepared.problems.join());
    }
    const inputs = prepared.request.instances[0] ?? [];
    expect(inputs.map((input) => [input.name, input.filePath])).toEqual([
      ["a", "files/cat.jpg"],
      ["b", "files/cat-2.jpg"],
      ["c", "files/cat-2.jpg"],
      ["é", "files/file.bin"],
    ]);
    expect(prepared.request.files).toEqual({
      "files/cat.jpg": new Uint8Array([2]),
      "files/cat-2.jpg": new Uint8Array([1]),
      "files/file.bin": new Uint8Array([3]),
    });
  });

  it("names every problem: empty names, a bad version, an unreadable value, a missing file", () => {
    const prepared = prepareExport(
      source({
        target: { servable: " ", method: "", version: "v2" },
        instances: [
          {
            id: "a",
            values: {
              x: { kind: "int", text: "1.5" },
              y: { kind: "bytes" },
            },
          },
        ],
      }),
    );
    expect(prepared.ok).toBe(false);
    const problems = prepared.ok ? [] : prepared.problems;
    expect(problems.slice(0, 3)).toEqual([
      "The servable name is empty",
      "The method name is empty",
      'Version must be a whole number (0 = latest), not "v2"',
    ]);
    expect(problems[3]).toMatch(/^Instance 1 x: /);
    expect(problems[4]).toBe("Instance 1 y: no file chosen");
  });

  it("refuses a source without instances", () => {
    expect(prepareExport(source({ instances: [] }))).toEqual({
      ok: false,
      problems: ["Add an instance first"],
    });
  });
});
