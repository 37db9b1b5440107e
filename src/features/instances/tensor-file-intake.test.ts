import { describe, expect, it } from "vitest";
import { useInstancesStore } from "../../state/instances-store";
import { fieldIntakeKey, PANEL_INTAKE, useIntakeStore } from "../../state/intake-store";
import { writeNpy } from "../../tensor-files/write-npy";
import { writeNpz } from "../../tensor-files/write-npz";
import {
  addNpzInstances,
  loadNpyIntoInput,
  loadNpzIntoInstance,
  planNpzInstances,
} from "./tensor-file-intake";
import type { TensorArray } from "../../tensor-files/tensor-array";

const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);
const int32 = (shape: number[], values: number[]): TensorArray => ({
  dtype: "int32",
  shape,
  data: Int32Array.from(values),
});

const first = () => useInstancesStore.getState().instances[0]!;

describe("loadNpyIntoInput()", () => {
  it("sets the input's dtype, shape and values, or shows why the file is refused at the input", async () => {
    await loadNpyIntoInput(first().id, "x1", file(writeNpy(int32([3], [1, -2, 3])), "a.npy"));
    expect(first().values.x1).toMatchObject({
      dtype: "int32",
      editor: "1d",
      cells: ["1", "-2", "3"],
    });
    await loadNpyIntoInput(first().id, "x1", file(new Uint8Array(12), "zeros.npy"));
    expect(useIntakeStore.getState().refusals[fieldIntakeKey(first().id, "x1")]).toEqual([
      "zeros.npy: not a .npy file (it does not start with \\x93NUMPY)",
    ]);
  });
});

describe("loadNpzIntoInstance()", () => {
  it("fills inputs by name and names the arrays no input takes", async () => {
    const npz = writeNpz(
      new Map([
        ["x2", int32([1, 2], [5, 6])],
        ["z", int32([1], [0])],
      ]),
    );
    await loadNpzIntoInstance(first().id, file(npz, "b.npz"));
    expect(first().values.x2).toMatchObject({ editor: "2d", rows: 1, cols: 2, cells: ["5", "6"] });
    expect(first().values.x1).toMatchObject({ dtype: "float32" });
    expect(useIntakeStore.getState().refusals[PANEL_INTAKE]).toEqual([
      "b.npz: no tensor input named z; those arrays were skipped",
    ]);
  });
});

describe("planNpzInstances() and addNpzInstances()", () => {
  const npz = writeNpz(
    new Map([
      ["x1", int32([3, 2], [1, 2, 3, 4, 5, 6])],
      ["x2", int32([3], [7, 8, 9])],
    ]),
  );

  it("makes one instance per row of the shared leading dimension when asked", async () => {
    const plan = await planNpzInstances(file(npz, "batch.npz"));
    expect(plan.batch).toBe(3);
    addNpzInstances(plan, true);
    const added = useInstancesStore.getState().instances.slice(1);
    expect(added.map((i) => [i.values.x1, i.values.x2])).toMatchObject([
      [
        { editor: "1d", cells: ["1", "2"] },
        { editor: "nd", text: "7" },
      ],
      [{ cells: ["3", "4"] }, { text: "8" }],
      [{ cells: ["5", "6"] }, { text: "9" }],
    ]);
  });

  it("adds one instance with the whole arrays otherwise", async () => {
    addNpzInstances(await planNpzInstances(file(npz, "batch.npz")), false);
    const instances = useInstancesStore.getState().instances;
    expect(instances).toHaveLength(2);
    expect(instances[1]?.values.x1).toMatchObject({ editor: "2d", rows: 3, cols: 2 });
  });
});
