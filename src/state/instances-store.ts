/**
 * The draft instances: add, duplicate, remove, reorder, edit values, one instance per dropped
 * file, and the problems the last send found in them (any edit clears those).
 */
import { create } from "zustand";
import {
  createDraftValue,
  createId,
  type DraftInstance,
  type DraftValue,
  type FileRef,
  type InputDecl,
} from "../draft/draft-value";
import { PRESETS } from "../draft/presets";
import type { InputProblem } from "../draft/build-instances";

interface InstancesState {
  instances: DraftInstance[];
  /** Problems found in the instances by the last send; cleared by any change to the instances. */
  problems: InputProblem[];
}

interface InstancesActions {
  /** Appends an instance with a fresh value for each of the declared `inputs`. */
  add(inputs: readonly InputDecl[]): void;
  duplicate(id: string): void;
  remove(id: string): void;
  /** Puts the instance at `index` (clamped to the list), e.g. to bring back a removed one. */
  insert(instance: DraftInstance, index: number): void;
  /** Moves an instance by `delta` places (−1 up, +1 down), staying within the list. */
  move(id: string, delta: number): void;
  setValue(id: string, inputName: string, value: DraftValue): void;
  /**
   * Puts each file into its own instance's `inputName`: first the instances where that input is
   * still empty, then new instances (as the tutorial client builds one instance per file).
   */
  addFiles(inputName: string, files: readonly FileRef[], inputs: readonly InputDecl[]): void;
  /** Appends the given instances (e.g. one per row of an `.npz` file). */
  appendInstances(instances: readonly DraftInstance[]): void;
  /** Replaces every instance (e.g. with an imported draft archive's). */
  replaceInstances(instances: DraftInstance[]): void;
  /** Re-keys every instance to the declared inputs (called when the connection's inputs change). */
  syncInputs(inputs: readonly InputDecl[]): void;
  /** Shows the problems a send found in the instances, until the next change to them. */
  showProblems(problems: InputProblem[]): void;
}

/** Returns a new instance with a fresh value for each declared input. */
export function createInstance(inputs: readonly InputDecl[]): DraftInstance {
  return {
    id: createId(),
    values: Object.fromEntries(inputs.map((d) => [d.name, createDraftValue(d.kind, d)])),
  };
}

/** Returns the instance re-keyed to the declared inputs, keeping values whose kind still matches. */
export function syncInstance(instance: DraftInstance, inputs: readonly InputDecl[]): DraftInstance {
  const values: Record<string, DraftValue> = {};
  for (const decl of inputs) {
    const current = instance.values[decl.name];
    values[decl.name] =
      current && current.kind === decl.kind ? current : createDraftValue(decl.kind, decl);
  }
  return { ...instance, values };
}

function copyInstance(instance: DraftInstance): DraftInstance {
  return { id: createId(), values: structuredClone(instance.values) };
}

/** Returns the instances a fresh page starts with: one, for the first preset's inputs. */
export function initialInstances(): InstancesState {
  return { instances: [createInstance(PRESETS[0].inputs)], problems: [] };
}

/** The draft instances store. */
export const useInstancesStore = create<InstancesState & InstancesActions>()((setState) => {
  // Every change to the instances makes the problems found in them stale.
  const set = (
    change: (s: InstancesState) => Pick<InstancesState, "instances"> | InstancesState,
  ): void =>
    setState((s) => {
      const next = change(s);
      return next.instances === s.instances ? s : { instances: next.instances, problems: [] };
    });
  return {
    ...initialInstances(),
    add: (inputs) =>
      set((s) => ({
        instances: [...s.instances, createInstance(inputs)],
      })),
    duplicate: (id) =>
      set((s) => {
        const i = s.instances.findIndex((inst) => inst.id === id);
        return i < 0
          ? s
          : { instances: s.instances.toSpliced(i + 1, 0, copyInstance(s.instances[i]!)) };
      }),
    remove: (id) => set((s) => ({ instances: s.instances.filter((inst) => inst.id !== id) })),
    insert: (instance, index) =>
      set((s) => ({
        instances: s.instances.toSpliced(
          Math.min(Math.max(index, 0), s.instances.length),
          0,
          instance,
        ),
      })),
    move: (id, delta) =>
      set((s) => {
        const from = s.instances.findIndex((inst) => inst.id === id);
        const to = Math.min(Math.max(from + delta, 0), s.instances.length - 1);
        if (from < 0 || from === to) {
          return s;
        }
        const instances = s.instances.toSpliced(from, 1);
        return { instances: instances.toSpliced(to, 0, s.instances[from]!) };
      }),
    setValue: (id, inputName, value) =>
      set((s) => ({
        instances: s.instances.map((inst) =>
          inst.id === id ? { ...inst, values: { ...inst.values, [inputName]: value } } : inst,
        ),
      })),
    addFiles: (inputName, files, inputs) =>
      set((s) => {
        const kind = inputs.find((d) => d.name === inputName)?.kind === "bytes" ? "bytes" : "image";
        const queue = [...files];
        const instances = s.instances.map((inst) => {
          const value = inst.values[inputName];
          if (
            queue.length === 0 ||
            !value ||
            (value.kind !== "image" && value.kind !== "bytes") ||
            value.file
          ) {
            return inst;
          }
          return {
            ...inst,
            values: { ...inst.values, [inputName]: { kind: value.kind, file: queue.shift() } },
          };
        });
        for (const file of queue) {
          const inst = createInstance(inputs);
          instances.push({ ...inst, values: { ...inst.values, [inputName]: { kind, file } } });
        }
        return { instances };
      }),
    appendInstances: (added) => set((s) => ({ instances: [...s.instances, ...added] })),
    replaceInstances: (instances) => set(() => ({ instances })),
    syncInputs: (inputs) =>
      set((s) => ({ instances: s.instances.map((inst) => syncInstance(inst, inputs)) })),
    // A send that finds no problems keeps the same (empty) list, so the cards do not re-render.
    showProblems: (problems) =>
      setState((s) => (problems.length === 0 && s.problems.length === 0 ? s : { problems })),
  };
});
