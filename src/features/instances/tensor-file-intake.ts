/** Taking `.npy` and `.npz` files into the draft: one input, one instance, or one instance per row. */
import { describeError } from "../../../shared/describe-value";
import { describeOversizeFile } from "../../draft/build-instances";
import { convertMegabytesToBytes } from "../../draft/format-byte-size";
import { readFileBytes } from "../../draft/read-file-bytes";
import { useConnectionStore } from "../../state/connection-store";
import { createInstance, useInstancesStore } from "../../state/instances-store";
import { fieldIntakeKey, PANEL_INTAKE, useIntakeStore } from "../../state/intake-store";
import { draftFromArray } from "../../tensor-files/draft-from-array";
import type { TensorArray } from "../../tensor-files/tensor-array";

/** Returns the file's bytes, or throws naming the file size limit it passes. */
async function readLimited(file: File): Promise<Uint8Array> {
  const limit = convertMegabytesToBytes(useConnectionStore.getState().fileLimitMb);
  if (file.size > limit) {
    throw new Error(describeOversizeFile(file.name, limit));
  }
  return readFileBytes(file);
}

function tensorInputNames(): string[] {
  return useConnectionStore
    .getState()
    .inputs.filter((d) => d.kind === "tensor")
    .map((d) => d.name);
}

/** Sets one tensor input of one instance from a `.npy` file; a refusal is shown at that input. */
export async function loadNpyIntoInput(
  instanceId: string,
  inputName: string,
  file: File,
): Promise<void> {
  const key = fieldIntakeKey(instanceId, inputName);
  try {
    const bytes = await readLimited(file);
    // The .npy reader loads with the first file dropped, off the initial bundle.
    const { readNpy } = await import("../../tensor-files/read-npy");
    const array = readNpy(bytes);
    useInstancesStore.getState().setValue(instanceId, inputName, draftFromArray(array));
    useIntakeStore.getState().dismiss(key);
  } catch (error) {
    useIntakeStore.getState().refuse(key, [`${file.name}: ${describeError(error)}`]);
  }
}

/**
 * Fills the tensor inputs of one instance from the same-named arrays of a `.npz` file; arrays
 * without a tensor input of their name are listed in a notice on the instances panel.
 */
export async function loadNpzIntoInstance(instanceId: string, file: File): Promise<void> {
  const intake = useIntakeStore.getState();
  try {
    const arrays = await readNpzFile(file);
    const names = tensorInputNames();
    const { setValue } = useInstancesStore.getState();
    const unused: string[] = [];
    for (const [name, array] of arrays) {
      if (names.includes(name)) {
        setValue(instanceId, name, draftFromArray(array));
      } else {
        unused.push(name);
      }
    }
    intake.refuse(
      PANEL_INTAKE,
      unused.length === 0
        ? []
        : [`${file.name}: no tensor input named ${unused.join(", ")}; those arrays were skipped`],
    );
  } catch (error) {
    intake.refuse(PANEL_INTAKE, [`${file.name}: ${describeError(error)}`]);
  }
}

// The zip reader (fflate) loads with the first .npz dropped, off the initial bundle.
async function readNpzFile(file: File): Promise<Map<string, TensorArray>> {
  const bytes = await readLimited(file);
  const { readNpz } = await import("../../tensor-files/read-npz");
  return readNpz(bytes);
}

/** The arrays of a `.npz` matched to tensor inputs, and the batch size they share, if any. */
export interface NpzPlan {
  fileName: string;
  arrays: Map<string, TensorArray>;
  /** The leading dimension every matched array has, when they agree and have rank ≥ 1. */
  batch?: number;
  /** Array names without a tensor input of that name. */
  unused: string[];
}

/** Reads a `.npz` dropped on the instance list and returns how it could become instances. */
export async function planNpzInstances(file: File): Promise<NpzPlan> {
  const all = await readNpzFile(file);
  const names = tensorInputNames();
  const arrays = new Map([...all].filter(([name]) => names.includes(name)));
  const unused = [...all.keys()].filter((name) => !names.includes(name));
  if (arrays.size === 0) {
    throw new Error(
      `${file.name}: no array is named after a tensor input (${names.join(", ") || "none declared"})`,
    );
  }
  const leading = new Set([...arrays.values()].map((a) => a.shape[0]));
  const [batch] = leading;
  return {
    fileName: file.name,
    arrays,
    batch: leading.size === 1 && batch !== undefined && batch > 0 ? batch : undefined,
    unused,
  };
}

/** Returns row `row` of an array along its leading dimension. */
export function takeRow(array: TensorArray, row: number): TensorArray {
  const [rows = 1, ...rest] = array.shape;
  const size = array.data.length / rows;
  return { dtype: array.dtype, shape: rest, data: array.data.slice(row * size, (row + 1) * size) };
}

/**
 * Adds instances from a plan: one per row of the leading dimension when `perRow` (each input
 * gets its array's row), else one instance holding the arrays whole.
 */
export function addNpzInstances(plan: NpzPlan, perRow: boolean): void {
  const inputs = useConnectionStore.getState().inputs;
  const count = perRow && plan.batch !== undefined ? plan.batch : 1;
  const added = Array.from({ length: count }, (_, row) => {
    const instance = createInstance(inputs);
    for (const [name, array] of plan.arrays) {
      instance.values[name] = draftFromArray(perRow ? takeRow(array, row) : array);
    }
    return instance;
  });
  useInstancesStore.getState().appendInstances(added);
}
