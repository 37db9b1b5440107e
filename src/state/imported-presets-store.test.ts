import { beforeEach, describe, expect, it } from "vitest";
import { useConnectionStore } from "./connection-store";
import { useImportedPresetsStore } from "./imported-presets-store";
import type { Preset } from "../draft/presets";

const SUM: Preset = {
  id: "imported/sum/add_three",
  label: "sum · add_three",
  servable: "sum",
  method: "add_three",
  inputs: [
    { name: "a", kind: "tensor" },
    { name: "photo", kind: "image" },
  ],
};

describe("imported presets store", () => {
  beforeEach(async () => {
    useImportedPresetsStore.setState({ presets: [], storageError: undefined });
    await useImportedPresetsStore.getState().remove("none");
  });

  it("keeps added presets in IndexedDB and reads them back", async () => {
    await useImportedPresetsStore.getState().add([SUM]);
    useImportedPresetsStore.setState({ presets: [] });
    await useImportedPresetsStore.getState().load();
    expect(useImportedPresetsStore.getState().presets).toEqual([SUM]);
    expect(useImportedPresetsStore.getState().storageError).toBeUndefined();
  });

  it("replaces a preset of the same id and removes one for good", async () => {
    await useImportedPresetsStore.getState().add([SUM]);
    await useImportedPresetsStore.getState().add([{ ...SUM, inputs: [] }]);
    expect(useImportedPresetsStore.getState().presets).toEqual([{ ...SUM, inputs: [] }]);
    await useImportedPresetsStore.getState().remove(SUM.id);
    await useImportedPresetsStore.getState().load();
    expect(useImportedPresetsStore.getState().presets).toEqual([]);
  });

  it("is applied by the connection store and matched when servable and method are typed", async () => {
    await useImportedPresetsStore.getState().add([SUM]);
    useConnectionStore.getState().applyPreset(SUM.id);
    const applied = useConnectionStore.getState();
    expect([applied.presetId, applied.servable, applied.method]).toEqual([
      SUM.id,
      "sum",
      "add_three",
    ]);
    expect(applied.inputs.map((i) => [i.name, i.kind])).toEqual([
      ["a", "tensor"],
      ["photo", "image"],
    ]);
    useConnectionStore.getState().update({ servable: "add", method: "add_cast" });
    expect(useConnectionStore.getState().presetId).toBe("add/add_cast");
    useConnectionStore.getState().update({ servable: "sum", method: "add_three" });
    expect(useConnectionStore.getState().presetId).toBe(SUM.id);
  });
});
