import { waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { failedSend, sampleSend } from "../history/testing/sample-runs";
import { switchHistoryDatabase, useHistoryStore } from "./history-store";
import { useInstancesStore } from "./instances-store";

let count = 0;

beforeEach(async () => {
  count += 1;
  await switchHistoryDatabase(`history-store-${count}`);
});

/** Makes every write to the object store `name` throw `error` until the returned undo runs. */
function refuseWrites(name: string, error: () => Error): () => void {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
    if (this.name === name) {
      throw error();
    }
    return put.apply(this, args);
  };
  return () => {
    IDBObjectStore.prototype.put = put;
  };
}

describe("useHistoryStore", { timeout: 60_000 }, () => {
  it("reports a write that fails as a notice and leaves the draft alone", async () => {
    await useHistoryStore.getState().load();
    const draft = useInstancesStore.getState().instances;
    const undo = refuseWrites("bodies", () => new DOMException("disk gone", "UnknownError"));
    try {
      useHistoryStore.getState().record(sampleSend(1000));
      await waitFor(() =>
        expect(useHistoryStore.getState().notice).toEqual({
          kind: "record-failed",
          reason: expect.stringContaining("disk gone") as unknown as string,
        }),
      );
    } finally {
      undo();
    }
    expect(useInstancesStore.getState().instances).toBe(draft);
    expect(useHistoryStore.getState().runs).toEqual([]);
  });

  it("says the history is full when the quota is reached and every run is pinned", async () => {
    await useHistoryStore.getState().load();
    useHistoryStore.getState().record(sampleSend(1000));
    await waitFor(() => expect(useHistoryStore.getState().runs).toHaveLength(1));
    const [kept] = useHistoryStore.getState().runs;
    await useHistoryStore.getState().pin(kept!.id, "keep");
    const undo = refuseWrites(
      "bodies",
      () => new DOMException("The quota has been exceeded.", "QuotaExceededError"),
    );
    try {
      useHistoryStore.getState().record(sampleSend(2000));
      await waitFor(() =>
        expect(useHistoryStore.getState().notice).toEqual({ kind: "history-full" }),
      );
    } finally {
      undo();
    }
    expect(useHistoryStore.getState().runs.map((r) => r.id)).toEqual([kept!.id]);
  });

  it("exports checked runs and imports them into an empty history", async () => {
    await useHistoryStore.getState().load();
    useHistoryStore.getState().record(sampleSend(1000));
    useHistoryStore.getState().record(failedSend(2000));
    await waitFor(() => expect(useHistoryStore.getState().runs).toHaveLength(2));
    const runs = useHistoryStore.getState().runs;
    const zip = await useHistoryStore.getState().exportRuns([runs[1]!.id]);

    await switchHistoryDatabase(`history-store-import-${count}`);
    await useHistoryStore.getState().load();
    expect(useHistoryStore.getState().runs).toEqual([]);
    await useHistoryStore.getState().importArchive(zip);
    expect(useHistoryStore.getState().notice).toEqual({
      kind: "import-done",
      count: 1,
      skipped: [],
    });
    expect(useHistoryStore.getState().runs).toEqual([runs[1]]);
    await useHistoryStore.getState().importArchive(Uint8Array.of(1, 2));
    expect(useHistoryStore.getState().notice).toMatchObject({ kind: "import-failed" });
  });

  it("refuses a budget outside the limits and evicts beyond a smaller one", async () => {
    await useHistoryStore.getState().load();
    await expect(useHistoryStore.getState().setBudgetMb(0)).rejects.toThrow(/1–100000 MB/);
    // Two runs with different 700 kB images: 1 MB holds one of them.
    useHistoryStore.getState().record(sampleSend(1000, "add_common", new Uint8Array(700_000)));
    useHistoryStore
      .getState()
      .record(sampleSend(2000, "add_common", new Uint8Array(700_000).fill(1)));
    await waitFor(() => expect(useHistoryStore.getState().runs).toHaveLength(2));
    const newest = useHistoryStore.getState().runs[0]!;
    await useHistoryStore.getState().setBudgetMb(1);
    expect(useHistoryStore.getState().runs.map((r) => r.id)).toEqual([newest.id]);
    expect(useHistoryStore.getState().usageBytes).toBeLessThanOrEqual(1_000_000);
    expect(useHistoryStore.getState().budgetBytes).toBe(1_000_000);
  });
});
