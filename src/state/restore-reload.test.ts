import { describe, expect, it } from "vitest";
import { loadFileBytes, pruneFileBytes } from "../draft/file-storage";
import { buildRunRecord } from "../history/build-run-record";
import { PNG, sampleSend } from "../history/testing/sample-runs";
import { DRAFT_KEY, loadSavedDraft, saveDraft } from "./draft-persistence";
import { captureDraft } from "./draft-steps";
import { useFilesStore } from "./files-store";
import { restoreRun } from "./restore-run";
import { resetStores } from "./testing/reset-stores";

interface Hold {
  /** Resolves after `count` more requests of the holding transaction: the write stays queued. */
  turns(count: number): Promise<void>;
  /** Ends the holding transaction; resolves once it has committed. */
  release(): Promise<void>;
}

/**
 * Keeps a write transaction open on the draft's file store, as a slow disk would: IndexedDB runs
 * writes to the same store one after another, so a file write started meanwhile waits for it.
 */
async function holdFileStore(): Promise<Hold> {
  // Opens the store through the app's own module first, so it exists.
  await loadFileBytes([]);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open("serving-console");
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction("files", "readwrite");
  const store = tx.objectStore("files");
  let held = true;
  const waiting: { left: number; done(): void }[] = [];
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => {
      db.close();
      resolve();
    };
    tx.onerror = () => reject(tx.error);
  });
  // Each request is issued from the last one's success, which keeps the transaction alive.
  const spin = (): void => {
    for (const wait of waiting.splice(0)) {
      if (--wait.left > 0) {
        waiting.push(wait);
      } else {
        wait.done();
      }
    }
    if (held) {
      store.get("nothing").onsuccess = spin;
    }
  };
  spin();
  return {
    turns: (count) => new Promise((done) => waiting.push({ left: count, done })),
    release: () => {
      held = false;
      return committed;
    },
  };
}

describe(
  "restoring a run, then reloading before its photos are stored",
  { timeout: 30_000 },
  () => {
    it("keeps the draft before the restore saved until the bytes are written, then the restored one", async () => {
      const record = await buildRunRecord(sampleSend(5000));
      const before = captureDraft();
      expect(await saveDraft()).toBe(true);
      const savedBefore = localStorage.getItem(DRAFT_KEY);

      const hold = await holdFileStore();
      const restoring = restoreRun(record);
      // The page is hidden (a reload): the draft is saved at once.
      const saving = saveDraft();
      // The restored draft and its photo are on screen while the write waits.
      expect(useFilesStore.getState().files.f1).toEqual(PNG);
      await hold.turns(50);
      const inTheWindow = localStorage.getItem(DRAFT_KEY);
      expect(inTheWindow).toBe(savedBefore);
      await hold.release();
      await restoring;
      expect(await saving).toBe(true);

      // Once the bytes are stored, the saved draft is the restored run, and a reload brings its photo.
      expect(localStorage.getItem(DRAFT_KEY)).toContain('"f1"');
      const [stored] = await loadFileBytes(["f1"]);
      expect(stored && Array.from(stored)).toEqual(Array.from(PNG));
      resetStores();
      expect(await loadSavedDraft("")).toBe(true);
      expect(captureDraft().instances).toEqual(sampleSend(0).instances);
      const reloaded = useFilesStore.getState().files.f1;
      expect(reloaded && Array.from(reloaded)).toEqual(Array.from(PNG));
      expect(useFilesStore.getState().missing).toEqual([]);

      // A reload in the window: what localStorage held then, and no photo stored yet.
      localStorage.setItem(DRAFT_KEY, inTheWindow ?? "");
      await pruneFileBytes(() => new Set());
      resetStores();
      expect(await loadSavedDraft("")).toBe(true);
      expect(captureDraft()).toEqual(before);
      expect(useFilesStore.getState().missing).toEqual([]);
    });
  },
);
