import { describe, expect, it } from "vitest";
import { loadFileBytes } from "../draft/file-storage";
import { captureDraft, restoreDraft } from "./draft-steps";
import { useFilesStore } from "./files-store";
import { useInstancesStore } from "./instances-store";

describe("restoring a draft with files", () => {
  it("shows the draft and its file bytes at once, and has them in storage once it resolves", async () => {
    const before = captureDraft();
    const bytes = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 1, 2, 3);
    const instances = ["f1", "f2"].map((fileId, i) => ({
      id: `run-${i}`,
      values: {
        image: {
          kind: "image" as const,
          file: { id: fileId, name: `${fileId}.jpg`, size: bytes.length, type: "image/jpeg" },
        },
      },
    }));
    const restoring = restoreDraft({
      connection: {
        ...before.connection,
        servable: "resnet50",
        method: "classify_top1",
        presetId: "resnet50/classify_top1",
        inputs: [{ id: "i", name: "image", kind: "image" }],
      },
      instances,
      files: { f1: bytes, f2: bytes },
    });
    // Before any storage write finished: the draft and the bytes are already there to show.
    expect(useInstancesStore.getState().instances.map((i) => i.id)).toEqual(["run-0", "run-1"]);
    expect(useFilesStore.getState().files.f1).toEqual(bytes);
    expect(useFilesStore.getState().pending).toEqual(expect.arrayContaining(["f1", "f2"]));

    await restoring;
    const stored = await loadFileBytes(["f1", "f2"]);
    expect(stored.map((b) => b && Array.from(b))).toEqual([Array.from(bytes), Array.from(bytes)]);
    expect(useFilesStore.getState().pending).not.toContain("f1");
  });
});
