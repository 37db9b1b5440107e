import { beforeEach, describe, expect, it } from "vitest";
import { useConnectionStore } from "./connection-store";
import { useFilesStore } from "./files-store";
import { importFiles } from "./import-files";
import { useInstancesStore } from "./instances-store";

beforeEach(() => {
  useConnectionStore.getState().applyPreset("resnet50/classify_top1");
});

describe("importFiles()", () => {
  it("makes one instance per image and refuses oversized and non-image files", async () => {
    useConnectionStore.getState().update({ fileLimitMb: 0.001 });
    const small = (name: string) => new File([new Uint8Array(100)], name, { type: "image/jpeg" });
    const refused = await importFiles("image", [
      small("cat.jpg"),
      new File([new Uint8Array(2000)], "huge.jpg", { type: "image/jpeg" }),
      new File(["x"], "notes.txt", { type: "text/plain" }),
      small("dog.jpg"),
    ]);
    expect(refused).toEqual([
      "huge.jpg is larger than the 1 kB limit",
      "notes.txt is not an image",
    ]);
    const instances = useInstancesStore.getState().instances;
    expect(
      instances.map((i) => (i.values.image!.kind === "image" ? i.values.image!.file?.name : "")),
    ).toEqual(["cat.jpg", "dog.jpg"]);
    expect(Object.keys(useFilesStore.getState().files)).toHaveLength(2);
  });
});
