/** The draft instances: add, duplicate, remove, reorder, edit values, and one instance per dropped file. */
import { create } from "zustand";
import { useConnectionStore } from "./connection-store";
import {
  createDraftValue,
  createId,
  type DraftInstance,
  type DraftValue,
  type FileRef,
  type InputDecl,
} from "./draft-value";

interface InstancesState {
  instances: DraftInstance[];
}

interface InstancesActions {
  add(): void;
  duplicate(id: string): void;
  remove(id: string): void;
  /** Moves an instance by `delta` places (−1 up, +1 down), staying within the list. */
  move(id: string, delta: number): void;
  setValue(id: string, inputName: string, value: DraftValue): void;
  /**
   * Puts each file into its own instance's `inputName`: first the instances where that input is
   * still empty, then new instances (as the tutorial client builds one instance per file).
   */
  addFiles(inputName: string, files: readonly FileRef[]): void;
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

/** The draft instances store. */
export const useInstancesStore = create<InstancesState & InstancesActions>()((set) => ({
  instances: [createInstance(useConnectionStore.getState().inputs)],
  add: () =>
    set((s) => ({
      instances: [...s.instances, createInstance(useConnectionStore.getState().inputs)],
    })),
  duplicate: (id) =>
    set((s) => {
      const i = s.instances.findIndex((inst) => inst.id === id);
      return i < 0
        ? s
        : { instances: s.instances.toSpliced(i + 1, 0, copyInstance(s.instances[i])) };
    }),
  remove: (id) => set((s) => ({ instances: s.instances.filter((inst) => inst.id !== id) })),
  move: (id, delta) =>
    set((s) => {
      const from = s.instances.findIndex((inst) => inst.id === id);
      const to = Math.min(Math.max(from + delta, 0), s.instances.length - 1);
      if (from < 0 || from === to) {
        return s;
      }
      const instances = s.instances.toSpliced(from, 1);
      return { instances: instances.toSpliced(to, 0, s.instances[from]) };
    }),
  setValue: (id, inputName, value) =>
    set((s) => ({
      instances: s.instances.map((inst) =>
        inst.id === id ? { ...inst, values: { ...inst.values, [inputName]: value } } : inst,
      ),
    })),
  addFiles: (inputName, files) =>
    set((s) => {
      const inputs = useConnectionStore.getState().inputs;
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
}));

// The declared inputs decide which values every instance has.
useConnectionStore.subscribe((state, previous) => {
  if (state.inputs !== previous.inputs) {
    useInstancesStore.setState((s) => ({
      instances: s.instances.map((inst) => syncInstance(inst, state.inputs)),
    }));
  }
});
