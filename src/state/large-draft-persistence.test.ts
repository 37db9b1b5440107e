import { Float16Array } from "@petamoriken/float16";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  countCells,
  createArrayCells,
  type GridCells,
  isArrayCells,
  listCellTexts,
  readCell,
} from "../draft/array-cells";
import { initialConnection } from "../draft/connection-draft";
import { useConnectionStore } from "./connection-store";
import { DRAFT_KEY, loadSavedDraft, saveDraft, startDraftPersistence } from "./draft-persistence";
import { useDraftStorageStore } from "./draft-storage-store";
import { useInstancesStore } from "./instances-store";
import { useMethodDraftsStore } from "./method-drafts-store";
import type { TensorDraft } from "../draft/draft-value";

const SIDE = 1000;

function bigGrid(seed: number): TensorDraft {
  return {
    kind: "tensor",
    dtype: "float32",
    editor: "2d",
    rows: SIDE,
    cols: SIDE,
    cells: Array.from({ length: SIDE * SIDE }, (_, i) => String((i * seed) % 977)),
    text: "",
  };
}

function freshPage(): void {
  useConnectionStore.setState(initialConnection());
  useInstancesStore.setState({ instances: [] });
  useMethodDraftsStore.setState({ drafts: {}, arrival: undefined });
}

/** Sets x1 of the first instance on screen. */
function setX1(value: TensorDraft): void {
  const { id } = useInstancesStore.getState().instances[0]!;
  useInstancesStore.getState().setValue(id, "x1", value);
}

/** Loads the saved draft into a fresh page; returns x1 of its first instance. */
async function reloadX1(): Promise<TensorDraft> {
  freshPage();
  expect(await loadSavedDraft("")).toBe(true);
  return useInstancesStore.getState().instances[0]!.values.x1 as TensorDraft;
}

/** Saves the draft, checking that localStorage holds only small JSON. */
async function saveSmall(): Promise<void> {
  expect(await saveDraft()).toBe(true);
  expect((localStorage.getItem(DRAFT_KEY) ?? "").length).toBeLessThan(10_000);
}

/** Saves the draft, then changes x1 of its first instance in the saved JSON, as damage would. */
async function saveAndEditX1(edit: (x1: Record<string, unknown>) => void): Promise<void> {
  await saveDraft();
  const saved = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "{}");
  edit(saved.instances[0].values.x1);
  localStorage.setItem(DRAFT_KEY, JSON.stringify(saved));
}

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

// Compared as one string: a deep comparison of a million cells alone takes seconds.
const text = (cells: GridCells) => listCellTexts(cells).join(",");

// A million cells through IndexedDB is slow on a loaded machine.
describe("a 1000×1000 draft", { timeout: 60_000 }, () => {
  it("comes back exactly after a reload, while localStorage holds only small JSON", async () => {
    const grid = bigGrid(7);
    setX1(grid);
    await saveSmall();

    const restored = await reloadX1();
    expect(restored.rows).toBe(SIDE);
    expect(text(restored.cells)).toBe(text(grid.cells));
  });

  it("is written after a pause in editing, not on each edit", async () => {
    const stop = await startDraftPersistence("");
    const setItem = vi.spyOn(Storage.prototype, "setItem");
    setX1(bigGrid(3));
    setX1(bigGrid(5));
    // The edits return before anything is written.
    expect(setItem).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(setItem).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    stop();

    expect(text((await reloadX1()).cells)).toBe(text(bigGrid(5).cells));
  });

  it("reports a full quota, keeps the draft in memory, and clears the report once a write succeeds", async () => {
    setX1(bigGrid(11));
    const inMemory = useInstancesStore.getState().instances;
    const full = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    expect(await saveDraft()).toBe(false);
    expect(useDraftStorageStore.getState().failure).toBe("quota");
    expect(useInstancesStore.getState().instances).toBe(inMemory);

    full.mockRestore();
    expect(await saveDraft()).toBe(true);
    expect(useDraftStorageStore.getState().failure).toBeUndefined();
    expect(text((await reloadX1()).cells)).toBe(text(bigGrid(11).cells));
  });

  it("skips a corrupt saved draft with a notice, and resets a lost large value to zeros with one", async () => {
    localStorage.setItem(DRAFT_KEY, "{not json");
    expect(await loadSavedDraft("")).toBe(false);
    expect(useDraftStorageStore.getState().corrupt).toBe(true);

    setX1(bigGrid(13));
    await saveAndEditX1((x1) => {
      x1.storedCells = "no-such-value";
    });
    const restored = await reloadX1();
    expect(countCells(restored.cells)).toBe(SIDE * SIDE);
    expect(listCellTexts(restored.cells).every((c) => c === "0")).toBe(true);
    expect(useDraftStorageStore.getState().lostValues).toBe(1);
  });
});

describe("a 1000×1000 draft read from a file", { timeout: 60_000 }, () => {
  const fromFile = (): TensorDraft => ({
    kind: "tensor",
    dtype: "float16",
    editor: "2d",
    rows: SIDE,
    cols: SIDE,
    cells: {
      ...createArrayCells(
        "float16",
        new Float16Array(Array.from({ length: SIDE * SIDE }, (_, i) => (i % 97) / 4)),
      ),
      edits: new Map([
        [5, "half-typed 1e"],
        [SIDE * SIDE - 1, "2.5"],
      ]),
    },
    text: "",
  });

  it("comes back exactly, its array saved as bytes and its typed cells beside it", async () => {
    const grid = fromFile();
    setX1(grid);
    await saveSmall();

    const restored = await reloadX1();
    expect(isArrayCells(restored.cells)).toBe(true);
    expect(readCell(restored.cells, 5)).toBe("half-typed 1e");
    expect(readCell(restored.cells, SIDE * SIDE - 1)).toBe("2.5");
    expect(readCell(restored.cells, 6)).toBe("1.5");
    const [a, b] = [restored.cells, grid.cells].map((c) => (isArrayCells(c) ? c.lanes : []));
    expect(a?.length).toBe(SIDE * SIDE);
    expect(a?.every((lane, i) => lane === b?.[i])).toBe(true);
  });

  it("resets to zeros with a notice when its stored bytes do not fit its shape", async () => {
    setX1(fromFile());
    await saveAndEditX1((x1) => {
      x1.rows = SIDE - 1;
    });
    const restored = await reloadX1();
    expect(countCells(restored.cells)).toBe((SIDE - 1) * SIDE);
    expect(readCell(restored.cells, 6)).toBe("0");
    expect(useDraftStorageStore.getState().lostValues).toBe(1);
  });
});
