import { describe, expect, it } from "vitest";
import { useConnectionStore } from "./connection-store";
import { useInstancesStore } from "./instances-store";
import type { TensorDraft } from "../draft/draft-value";

const ids = () => useInstancesStore.getState().instances.map((i) => i.id);

describe("useInstancesStore", () => {
  it("adds, duplicates, reorders and removes instances", () => {
    const s = useInstancesStore.getState();
    s.add(useConnectionStore.getState().inputs);
    const [first, second] = ids();
    const x1 = { ...(s.instances[0]!.values.x1 as TensorDraft), cells: ["1", "2", "3", "4"] };
    s.setValue(first!, "x1", x1);
    s.duplicate(first!);
    expect(ids()).toHaveLength(3);
    const copy = useInstancesStore.getState().instances[1];
    expect(copy!.id).not.toBe(first);
    expect((copy!.values.x1 as TensorDraft).cells).toEqual(["1", "2", "3", "4"]);
    s.move(second!, -2);
    expect(ids()[0]).toBe(second);
    s.remove(first!);
    expect(ids()).toEqual([second, copy!.id]);
  });

  it("follows the declared inputs, keeping values whose kind matches", () => {
    const s = useInstancesStore.getState();
    const first = ids()[0];
    s.setValue(first!, "x1", {
      ...(s.instances[0]!.values.x1 as TensorDraft),
      cells: ["5", "5", "5", "5"],
    });
    useConnectionStore.getState().applyPreset("add/add_cast");
    expect((useInstancesStore.getState().instances[0]!.values.x1 as TensorDraft).cells).toEqual([
      "5",
      "5",
      "5",
      "5",
    ]);
    useConnectionStore.getState().applyPreset("resnet50/classify_top1");
    expect(useInstancesStore.getState().instances[0]!.values).toEqual({ image: { kind: "image" } });
  });

  it("puts each file in its own instance, filling empty image inputs first", () => {
    useConnectionStore.getState().applyPreset("resnet50/classify_top1");
    const files = ["cat.jpg", "dog.jpg", "fox.png"].map((name, i) => ({
      id: `f${i}`,
      name,
      size: 10,
      type: "image/jpeg",
    }));
    useInstancesStore.getState().addFiles("image", files, useConnectionStore.getState().inputs);
    const values = useInstancesStore.getState().instances.map((i) => i.values.image);
    expect(values).toEqual(files.map((file) => ({ kind: "image", file })));
  });
});
