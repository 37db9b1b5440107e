import { describe, expect, it } from "vitest";
import { useFilesStore } from "./files-store";

const image = (byte: number, name: string) =>
  new File([new Uint8Array([byte])], name, { type: "image/jpeg" });

describe("useFilesStore", () => {
  it("forgets the bytes of every file not kept, and only those", async () => {
    const [cat, dog] = await useFilesStore
      .getState()
      .addFiles([image(1, "cat.jpg"), image(2, "dog.jpg")]);
    if (!cat || !dog) {
      throw new Error("two files were added");
    }
    useFilesStore.setState({ missing: [cat.id, "gone"] });

    useFilesStore.getState().forgetAllBut(new Set([dog.id]));

    const { files, missing } = useFilesStore.getState();
    expect(Object.keys(files)).toEqual([dog.id]);
    expect(Array.from(files[dog.id] ?? [])).toEqual([2]);
    expect(missing).toEqual([]);
  });

  it("keeps the same state when every file is kept", async () => {
    const [cat] = await useFilesStore.getState().addFiles([image(1, "cat.jpg")]);
    const before = useFilesStore.getState();
    useFilesStore.getState().forgetAllBut(new Set([cat?.id ?? ""]));
    expect(useFilesStore.getState()).toBe(before);
  });
});
