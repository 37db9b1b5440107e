import { beforeEach, describe, expect, it } from "vitest";
import { initialConnection } from "../draft/connection-draft";
import { useConnectionStore } from "./connection-store";
import { DRAFT_KEY, loadSavedDraft, saveDraft } from "./draft-persistence";

beforeEach(() => {
  localStorage.clear();
});

function addHeader(key: string, value: string, remember: boolean): void {
  const store = useConnectionStore.getState();
  store.addMetadata();
  const added = useConnectionStore.getState().metadata.at(-1);
  store.updateMetadata(added?.id ?? "", { key, value, remember });
}

describe("metadata headers across reloads", () => {
  it("start unticked, live in memory only, and are forgotten on reload", async () => {
    addHeader("authorization", "Bearer secret", false);
    expect(useConnectionStore.getState().metadata[0]?.remember).toBe(false);
    await saveDraft();
    expect(localStorage.getItem(DRAFT_KEY)).not.toContain("Bearer secret");
    useConnectionStore.setState(initialConnection());
    await loadSavedDraft("");
    expect(useConnectionStore.getState().metadata).toEqual([]);
  });

  it("come back after a reload only where Remember on this device is ticked", async () => {
    addHeader("authorization", "Bearer kept", true);
    addHeader("x-trace", "forgotten", false);
    await saveDraft();
    const stored = localStorage.getItem(DRAFT_KEY) ?? "";
    expect(stored).toContain("Bearer kept");
    expect(stored).not.toContain("forgotten");
    useConnectionStore.setState(initialConnection());
    await loadSavedDraft("");
    expect(useConnectionStore.getState().metadata).toMatchObject([
      { key: "authorization", value: "Bearer kept", remember: true },
    ]);
  });

  it("drop the values a draft saved before headers could be remembered", async () => {
    await saveDraft();
    const old = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "{}");
    old.connection.metadata = [
      { id: "a", key: "authorization", value: "Bearer old" },
      { id: "b", key: "x-kept", value: "v", remember: true },
      { id: "c", key: 7, value: "v", remember: true },
      null,
    ];
    localStorage.setItem(DRAFT_KEY, JSON.stringify(old));
    await loadSavedDraft("");
    expect(useConnectionStore.getState().metadata).toEqual([
      { id: "b", key: "x-kept", value: "v", remember: true },
    ]);
    await saveDraft();
    expect(localStorage.getItem(DRAFT_KEY)).not.toContain("Bearer old");
  });
});
