import { beforeEach, describe, expect, it } from "vitest";
import { useConnectionStore } from "./connection-store";
import { useFilesStore } from "./files-store";
import { useInstancesStore } from "./instances-store";
import { fieldIntakeKey, PANEL_INTAKE, useIntakeStore } from "./intake-store";

const jpeg = (name: string, size: number) =>
  new File([new Uint8Array(size)], name, { type: "image/jpeg" });

beforeEach(() => {
  useConnectionStore.getState().applyPreset("resnet50/classify_top1");
  useConnectionStore.getState().update({ fileLimitMb: 0.001 });
});

describe("useIntakeStore importFiles()", () => {
  it("records the panel's refusals and clears them on the next clean import", async () => {
    await useIntakeStore.getState().importFiles("image", [jpeg("huge.jpg", 2000)]);
    expect(useIntakeStore.getState().refusals).toEqual({
      [PANEL_INTAKE]: ["huge.jpg is larger than the 1 kB limit"],
    });
    await useIntakeStore.getState().importFiles("image", [jpeg("cat.jpg", 100)]);
    expect(useIntakeStore.getState().refusals).toEqual({});
    expect(useInstancesStore.getState().instances).toHaveLength(1);
    expect(useFilesStore.getState().pending).toEqual([]);
  });
});

describe("useIntakeStore attachFile()", () => {
  it("keeps each field's refusal apart until that field takes a file or is dismissed", async () => {
    const [first] = useInstancesStore.getState().instances;
    useInstancesStore.getState().add(useConnectionStore.getState().inputs);
    const second = useInstancesStore.getState().instances[1];
    const intake = useIntakeStore.getState();
    await intake.attachFile(first!.id, "image", "image", jpeg("huge.jpg", 2000));
    await intake.attachFile(second!.id, "image", "image", new File(["x"], "notes.txt"));
    expect(useIntakeStore.getState().refusals).toEqual({
      [fieldIntakeKey(first!.id, "image")]: ["huge.jpg is larger than the 1 kB limit"],
      [fieldIntakeKey(second!.id, "image")]: ["notes.txt is not an image"],
    });

    await intake.attachFile(first!.id, "image", "image", jpeg("cat.jpg", 100));
    const value = useInstancesStore.getState().instances[0]!.values.image;
    expect(value!.kind === "image" && value!.file?.name).toBe("cat.jpg");
    intake.dismiss(fieldIntakeKey(second!.id, "image"));
    expect(useIntakeStore.getState().refusals).toEqual({});
  });
});
