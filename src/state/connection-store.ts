/** Where and what to call: gateway, servable, method, version, wire, timeout, metadata, inputs. */
import { create } from "zustand";
import {
  identifyInputs,
  initialConnection,
  type ConnectionDraft,
  type MetadataEntry,
} from "../draft/connection-draft";
import { createId, type InputDecl, type InputKind } from "../draft/draft-value";
import { CUSTOM_PRESET, findPreset, matchPreset } from "../draft/presets";
import { useInstancesStore } from "./instances-store";

interface ConnectionActions {
  /** Sets plain fields; editing servable or method re-matches the preset. */
  update(patch: Partial<Omit<ConnectionDraft, "metadata" | "inputs" | "presetId">>): void;
  applyPreset(id: string): void;
  addMetadata(): void;
  updateMetadata(id: string, patch: Partial<Omit<MetadataEntry, "id">>): void;
  removeMetadata(id: string): void;
  addInput(): void;
  updateInput(id: string, patch: { name?: string; kind?: InputKind }): void;
  removeInput(id: string): void;
}

/**
 * The connection store. Changing the declared inputs re-keys the draft instances in the same
 * action, since the inputs decide which values every instance has.
 */
export const useConnectionStore = create<ConnectionDraft & ConnectionActions>()((set, get) => {
  const declare = (
    change: (s: ConnectionDraft) => Partial<ConnectionDraft> & Pick<ConnectionDraft, "inputs">,
  ): void => {
    set(change);
    useInstancesStore.getState().syncInputs(get().inputs);
  };
  return {
    ...initialConnection(),
    update: (patch) =>
      set((s) => {
        const next = { ...s, ...patch };
        if (patch.servable === undefined && patch.method === undefined) {
          return patch;
        }
        return { ...patch, presetId: matchPreset(next.servable, next.method) };
      }),
    applyPreset: (id) => {
      const preset = findPreset(id);
      if (!preset) {
        set({ presetId: CUSTOM_PRESET });
        return;
      }
      declare(() => ({
        presetId: id,
        servable: preset.servable,
        method: preset.method,
        inputs: identifyInputs(preset.inputs),
      }));
    },
    addMetadata: () =>
      set((s) => ({ metadata: [...s.metadata, { id: createId(), key: "", value: "" }] })),
    updateMetadata: (id, patch) =>
      set((s) => ({ metadata: s.metadata.map((m) => (m.id === id ? { ...m, ...patch } : m)) })),
    removeMetadata: (id) => set((s) => ({ metadata: s.metadata.filter((m) => m.id !== id) })),
    addInput: () =>
      declare((s) => ({
        presetId: CUSTOM_PRESET,
        inputs: [
          ...s.inputs,
          { id: createId(), name: nextInputName(s.inputs), kind: "tensor" as const },
        ],
      })),
    updateInput: (id, patch) =>
      declare((s) => ({
        presetId: CUSTOM_PRESET,
        inputs: s.inputs.map((input) =>
          input.id === id
            ? { id, name: patch.name ?? input.name, kind: patch.kind ?? input.kind }
            : input,
        ),
      })),
    removeInput: (id) =>
      declare((s) => ({
        presetId: CUSTOM_PRESET,
        inputs: s.inputs.filter((input) => input.id !== id),
      })),
  };
});

function nextInputName(inputs: readonly InputDecl[]): string {
  let n = inputs.length + 1;
  while (inputs.some((i) => i.name === `x${n}`)) {
    n++;
  }
  return `x${n}`;
}
