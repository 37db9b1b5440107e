import { describe, expect, it } from "vitest";
import { useConnectionStore } from "./connection-store";
import { describeDraftChangeToken } from "./draft-change-token";
import {
  captureDraft,
  clearDraft,
  removeInstance,
  restoreDraft,
  undoLastStep,
} from "./draft-steps";
import { useFilesStore } from "./files-store";
import { useInstancesStore } from "./instances-store";
import { MAX_UNDO_STEPS, useUndoStore } from "./undo-store";

function addThree(): string[] {
  const inputs = useConnectionStore.getState().inputs;
  useInstancesStore.getState().add(inputs);
  useInstancesStore.getState().add(inputs);
  return useInstancesStore.getState().instances.map((i) => i.id);
}

describe("draft steps and undo", () => {
  it("puts a removed instance back in its place", () => {
    const ids = addThree();
    removeInstance(ids[1]!);
    expect(useInstancesStore.getState().instances.map((i) => i.id)).toEqual([ids[0], ids[2]]);
    expect(undoLastStep()?.kind).toBe("instance-removed");
    expect(useInstancesStore.getState().instances.map((i) => i.id)).toEqual(ids);
    expect(undoLastStep()).toBeUndefined();
  });

  it("undoes a removal made under another method by going back to that method", () => {
    const ids = addThree();
    removeInstance(ids[0]!);
    useConnectionStore.getState().applyPreset("resnet50/classify_top1");
    undoLastStep();
    expect(useConnectionStore.getState().method).toBe("add_common");
    expect(useInstancesStore.getState().instances.map((i) => i.id)).toEqual(ids);
  });

  it("undoes clearing the draft", () => {
    const ids = addThree();
    clearDraft();
    expect(useInstancesStore.getState().instances).toHaveLength(1);
    expect(useInstancesStore.getState().instances[0]!.id).not.toBe(ids[0]);
    undoLastStep();
    expect(useInstancesStore.getState().instances.map((i) => i.id)).toEqual(ids);
  });

  it(`keeps at most ${MAX_UNDO_STEPS} steps`, () => {
    for (let i = 0; i < MAX_UNDO_STEPS + 5; i++) {
      clearDraft();
    }
    expect(useUndoStore.getState().steps).toHaveLength(MAX_UNDO_STEPS);
  });

  it("restores a whole draft with its files as one step, and undo brings back both methods' drafts", async () => {
    const ids = addThree();
    const before = captureDraft();
    // A draft of resnet50 kept aside, which the restored run replaces until undone.
    useConnectionStore.getState().applyPreset("resnet50/classify_top1");
    const keptResnet = useInstancesStore.getState().instances;
    useInstancesStore.getState().add(useConnectionStore.getState().inputs);
    const editedResnet = useInstancesStore.getState().instances;
    useConnectionStore.getState().applyPreset("add/add_common");
    expect(keptResnet).not.toEqual(editedResnet);

    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 7]);
    await restoreDraft({
      connection: {
        ...before.connection,
        servable: "resnet50",
        method: "classify_top5",
        version: "2",
        presetId: "resnet50/classify_top5",
        inputs: [{ id: "i", name: "image", kind: "image" }],
      },
      instances: [
        {
          id: "run-1",
          values: {
            image: {
              kind: "image",
              file: { id: "f1", name: "cat.jpg", size: 4, type: "image/jpeg" },
            },
          },
        },
      ],
      files: { f1: bytes },
    });
    const c = useConnectionStore.getState();
    expect([c.servable, c.method, c.version]).toEqual(["resnet50", "classify_top5", "2"]);
    expect(useInstancesStore.getState().instances.map((i) => i.id)).toEqual(["run-1"]);
    expect(useFilesStore.getState().files.f1).toEqual(bytes);
    expect(useFilesStore.getState().pending).toEqual([]);

    expect(undoLastStep()?.kind).toBe("draft-restored");
    expect(useConnectionStore.getState().method).toBe("add_common");
    expect(useConnectionStore.getState().version).toBe("0");
    expect(useInstancesStore.getState().instances.map((i) => i.id)).toEqual(ids);
    useConnectionStore.getState().applyPreset("resnet50/classify_top1");
    expect(useInstancesStore.getState().instances).toEqual(editedResnet);
  });

  it("gives a change token that changes with every edit and only then", () => {
    const first = describeDraftChangeToken();
    expect(describeDraftChangeToken()).toBe(first);
    useConnectionStore.getState().update({ timeoutSeconds: "5" });
    expect(describeDraftChangeToken()).toBe(first);
    const [id] = addThree();
    const afterAdd = describeDraftChangeToken();
    expect(afterAdd).not.toBe(first);
    useInstancesStore.getState().setValue(id!, "x1", { kind: "float", text: "1" });
    expect(describeDraftChangeToken()).not.toBe(afterAdd);
    const beforeVersion = describeDraftChangeToken();
    useConnectionStore.getState().update({ version: "3" });
    expect(describeDraftChangeToken()).not.toBe(beforeVersion);
  });
});
