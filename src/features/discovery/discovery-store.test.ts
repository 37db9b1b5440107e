import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { useConnectionStore } from "../../state/connection-store";
import { useImportedPresetsStore } from "../../state/imported-presets-store";
import { useDiscoveryStore } from "./discovery-store";

function configFile(fixture: string, relativePath: string): File {
  const file = new File(
    [readFileSync(resolve("src/features/discovery/fixtures", fixture))],
    "servable_config.py",
  );
  Object.defineProperty(file, "webkitRelativePath", { value: relativePath });
  return file;
}

describe("discovery store", () => {
  beforeEach(() => {
    useDiscoveryStore.setState({ importReports: [], discovery: { status: "idle" } });
    useImportedPresetsStore.setState({ presets: [], storageError: undefined });
  });

  it("imports a folder's servable_config.py into the imported presets and reports it", async () => {
    await useDiscoveryStore
      .getState()
      .importFiles([configFile("classifier-r1x.py", "zoo/servable_config.py")]);
    expect(useDiscoveryStore.getState().importReports).toEqual([
      { file: "zoo/servable_config.py", servable: "zoo", methods: ["classify"], skipped: [] },
    ]);
    expect(useImportedPresetsStore.getState().presets.map((p) => [p.label, p.inputs])).toEqual([
      ["zoo · classify", [{ name: "picture_bytes", kind: "image" }]],
    ]);
  });

  it("names a lone servable_config.py after the servable in the form", async () => {
    useConnectionStore.getState().update({ servable: "sum" });
    await useDiscoveryStore.getState().importFiles([configFile("add-r1x.py", "")]);
    expect(useImportedPresetsStore.getState().presets.map((p) => p.label)).toEqual([
      "sum · add_common",
      "sum · add_cast",
    ]);
  });

  it("refuses a file over the size limit without reading it", async () => {
    const big = new File([new Uint8Array(1024 * 1024 + 5)], "huge.py");
    await useDiscoveryStore.getState().importFiles([big]);
    expect(useDiscoveryStore.getState().importReports[0]?.refusal).toMatch(
      /over the 1048576-byte limit/,
    );
    expect(useImportedPresetsStore.getState().presets).toEqual([]);
  });

  it("reports a version that is not a number instead of calling Serving", async () => {
    useConnectionStore.getState().update({ version: "x" });
    await useDiscoveryStore.getState().discover(() => true);
    expect(useDiscoveryStore.getState().discovery).toEqual({
      status: "failed",
      method: useConnectionStore.getState().method,
      error: 'Version must be a whole number (0 = latest), not "x"',
    });
  });
});
