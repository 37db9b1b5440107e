import { beforeEach, describe, expect, it } from "vitest";
import { initialConnection } from "../draft/connection-draft";
import { useConnectionStore } from "./connection-store";
import { loadSavedDraft, saveDraft } from "./draft-persistence";
import { useInstancesStore } from "./instances-store";
import { MAX_METHOD_DRAFTS, useMethodDraftsStore } from "./method-drafts-store";
import type { DraftValue } from "../draft/draft-value";

beforeEach(() => {
  localStorage.clear();
});

const grid = (cells: string[]): DraftValue => ({
  kind: "tensor",
  dtype: "float32",
  editor: "2d",
  rows: 2,
  cols: 2,
  cells,
  text: "",
});

function editAdd(): void {
  const instances = useInstancesStore.getState();
  instances.add(useConnectionStore.getState().inputs);
  const [first, second] = useInstancesStore.getState().instances;
  instances.setValue(first!.id, "x1", grid(["1", "2", "3", "4"]));
  instances.setValue(second!.id, "x2", grid(["5", "6", "7", "8"]));
}

describe("per-method drafts", () => {
  it("brings back the edited matrices after switching add → resnet50 → add", () => {
    editAdd();
    const edited = useInstancesStore.getState().instances;
    const connection = useConnectionStore.getState();
    connection.applyPreset("resnet50/classify_top1");
    expect(useInstancesStore.getState().instances.every((i) => "image" in i.values)).toBe(true);
    connection.applyPreset("add/add_common");
    expect(useInstancesStore.getState().instances).toEqual(edited);
  });

  it("keeps a draft brought back and left unchanged when switching away again", () => {
    editAdd();
    const edited = useInstancesStore.getState().instances;
    const connection = useConnectionStore.getState();
    for (let i = 0; i < 3; i++) {
      connection.applyPreset("resnet50/classify_top1");
      connection.applyPreset("add/add_common");
    }
    expect(useInstancesStore.getState().instances).toEqual(edited);
  });

  it("keeps custom inputs and instances of each method while servable and method are typed", () => {
    const connection = useConnectionStore.getState();
    connection.update({ servable: "mine", method: "predict" });
    connection.declareInputs([{ name: "tokens", kind: "string" }]);
    const id = useInstancesStore.getState().instances[0]!.id;
    useInstancesStore.getState().setValue(id, "tokens", { kind: "string", value: "hello" });
    // Typing another servable name letter by letter passes through keys no draft should keep.
    for (const name of ["o", "ot", "oth", "other"]) {
      connection.update({ servable: name });
    }
    expect(Object.keys(useMethodDraftsStore.getState().drafts)).toEqual(["mine\u0000predict"]);
    connection.declareInputs([{ name: "n", kind: "int" }]);
    connection.update({ servable: "mine" });
    const s = useConnectionStore.getState();
    expect(s.inputs.map((i) => i.name)).toEqual(["tokens"]);
    expect(useInstancesStore.getState().instances[0]!.values).toEqual({
      tokens: { kind: "string", value: "hello" },
    });
    connection.update({ servable: "other" });
    expect(useConnectionStore.getState().inputs.map((i) => i.name)).toEqual(["n"]);
  });

  it(`keeps the ${MAX_METHOD_DRAFTS} most recently used methods and says which was dropped`, () => {
    const connection = useConnectionStore.getState();
    for (let i = 0; i <= MAX_METHOD_DRAFTS; i++) {
      connection.update({ servable: "s", method: `m${i}` });
      useInstancesStore.getState().add(useConnectionStore.getState().inputs);
    }
    const { drafts, dropped } = useMethodDraftsStore.getState();
    // The draft on screen is the twentieth.
    expect(Object.keys(drafts)).toHaveLength(MAX_METHOD_DRAFTS - 1);
    expect(dropped).toEqual(["s\u0000m0"]);
    expect(drafts["s\u0000m1"]).toBeDefined();
  });

  it("saves every method's draft, so switching back after a reload still restores it", async () => {
    editAdd();
    const edited = useInstancesStore.getState().instances;
    useConnectionStore.getState().applyPreset("resnet50/classify_top5");
    await saveDraft();

    useConnectionStore.setState(initialConnection());
    useInstancesStore.setState({ instances: [] });
    useMethodDraftsStore.setState({ drafts: {} });
    expect(await loadSavedDraft("")).toBe(true);
    expect(useConnectionStore.getState().method).toBe("classify_top5");
    useConnectionStore.getState().applyPreset("add/add_common");
    expect(useInstancesStore.getState().instances).toEqual(edited);
  });
});
