import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { initialConnection } from "../draft/connection-draft";
import { loadFileBytes } from "../draft/file-storage";
import { useConnectionStore } from "./connection-store";
import { DRAFT_KEY, loadSavedDraft, saveDraft, startDraftPersistence } from "./draft-persistence";
import { useFilesStore } from "./files-store";
import { importFiles } from "./import-files";
import { useInstancesStore } from "./instances-store";

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("saveDraft() and loadSavedDraft()", () => {
  it("brings back connection, instances and image bytes after a reload", async () => {
    useConnectionStore.getState().applyPreset("resnet50/classify_top5");
    useConnectionStore.getState().update({ gatewayUrl: "http://127.0.0.1:9100", wire: "1.2" });
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const [ref] = await useFilesStore
      .getState()
      .addFiles([new File([bytes], "cat.jpg", { type: "image/jpeg" })]);
    useInstancesStore.getState().addFiles("image", [ref!], useConnectionStore.getState().inputs);
    expect(await saveDraft()).toBe(true);
    const saved = useInstancesStore.getState().instances;

    // A fresh page: default stores, nothing in memory.
    useConnectionStore.setState(initialConnection());
    useInstancesStore.setState({ instances: [] });
    useFilesStore.setState({ files: {}, missing: [], pending: [] });
    expect(await loadSavedDraft("")).toBe(true);

    const c = useConnectionStore.getState();
    expect([c.gatewayUrl, c.servable, c.method, c.wire]).toEqual([
      "http://127.0.0.1:9100",
      "resnet50",
      "classify_top5",
      "1.2",
    ]);
    expect(useInstancesStore.getState().instances).toEqual(saved);
    // Compared as plain arrays: the bytes come back through IndexedDB as another realm's Uint8Array.
    expect(Array.from(useFilesStore.getState().files[ref!.id]!)).toEqual(Array.from(bytes));
  });

  it("lets ?gateway= win over the saved gateway and ignores a corrupt draft", async () => {
    await saveDraft();
    await loadSavedDraft("?gateway=http://127.0.0.1:9200");
    expect(useConnectionStore.getState().gatewayUrl).toBe("http://127.0.0.1:9200");
    const saved = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "{}");
    saved.instances.push({ id: "broken", values: { x1: { kind: "matrix" } } }, null);
    localStorage.setItem(DRAFT_KEY, JSON.stringify(saved));
    expect(await loadSavedDraft("")).toBe(true);
    expect(useInstancesStore.getState().instances).toHaveLength(1);
    delete saved.connection.inputs[0].id;
    localStorage.setItem(DRAFT_KEY, JSON.stringify(saved));
    await loadSavedDraft("");
    // Drafts saved before inputs had ids get one on load.
    const [first, second] = useConnectionStore.getState().inputs;
    expect([first!.name, typeof first!.id, second!.id]).toEqual([
      "x1",
      "string",
      saved.connection.inputs[1].id,
    ]);
    localStorage.setItem(DRAFT_KEY, "{not json");
    expect(await loadSavedDraft("")).toBe(false);
  });
});

describe("startDraftPersistence()", () => {
  it("deletes the bytes of a file once it is replaced, from storage and from memory", async () => {
    useConnectionStore.getState().applyPreset("resnet50/classify_top1");
    const stop = await startDraftPersistence("");
    const files = useFilesStore.getState();
    const [first, second] = await files.addFiles([
      new File([new Uint8Array([1])], "cat.jpg", { type: "image/jpeg" }),
      new File([new Uint8Array([2])], "dog.jpg", { type: "image/jpeg" }),
    ]);
    const { id } = useInstancesStore.getState().instances[0]!;
    useInstancesStore.getState().setValue(id, "image", { kind: "image", file: first });
    useInstancesStore.getState().setValue(id, "image", { kind: "image", file: second });
    files.release([first!.id, second!.id]);
    await vi.waitFor(async () => {
      expect((await loadFileBytes([first!.id, second!.id])).map((b) => b && Array.from(b))).toEqual(
        [undefined, [2]],
      );
      expect(Object.keys(useFilesStore.getState().files)).toEqual([second!.id]);
    });
    stop();
  });

  it("keeps the bytes of files still being stored when an instance is removed meanwhile", async () => {
    useConnectionStore.getState().applyPreset("resnet50/classify_top1");
    const stop = await startDraftPersistence("");
    const files = useFilesStore.getState();
    const [old] = await files.addFiles([new File([new Uint8Array([9])], "old.jpg")]);
    const { id } = useInstancesStore.getState().instances[0]!;
    useInstancesStore.getState().setValue(id, "image", { kind: "image", file: old });
    files.release([old!.id]);
    // Holds the dog's read, so the cat is stored but not yet referenced while the instance goes.
    let letDogRead = () => {};
    const dogReadable = new Promise<void>((resolve) => (letDogRead = resolve));
    const read = FileReader.prototype.readAsArrayBuffer;
    vi.spyOn(FileReader.prototype, "readAsArrayBuffer").mockImplementation(function (
      this: FileReader,
      blob: Blob,
    ) {
      const reading = blob instanceof File && blob.name === "dog.jpg" ? dogReadable : undefined;
      void (reading ?? Promise.resolve()).then(() => read.call(this, blob));
    });

    const image = (byte: number, name: string) =>
      new File([new Uint8Array([byte])], name, { type: "image/jpeg" });
    const importing = importFiles("image", [image(1, "cat.jpg"), image(2, "dog.jpg")]);
    const [catId, dogId] = useFilesStore.getState().pending;
    await vi.waitFor(async () => expect((await loadFileBytes([catId!]))[0]).toBeDefined());
    useInstancesStore.getState().remove(id);
    await vi.waitFor(async () => expect((await loadFileBytes([old!.id]))[0]).toBeUndefined());
    letDogRead();
    await importing;

    const stored = await loadFileBytes([catId!, dogId!]);
    expect(stored.map((b) => b && Array.from(b))).toEqual([[1], [2]]);
    expect(useFilesStore.getState().pending).toEqual([]);
    stop();
  });
});
