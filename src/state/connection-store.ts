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
import { findImportedPreset, matchImportedPreset } from "./imported-presets-store";
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
  /** Replaces every declared input (with inputs learned elsewhere); the preset becomes custom. */
  declareInputs(inputs: readonly InputDecl[]): void;
  /** Replaces every field but the gateway URL and the metadata (e.g. with an imported draft's). */
  load(draft: Omit<ConnectionDraft, "gatewayUrl" | "metadata">): void;
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
        const builtIn = matchPreset(next.servable, next.method);
        const presetId =
          builtIn === CUSTOM_PRESET
            ? (matchImportedPreset(next.servable, next.method) ?? CUSTOM_PRESET)
            : builtIn;
        return { ...patch, presetId };
      }),
    applyPreset: (id) => {
      const preset = findPreset(id) ?? findImportedPreset(id);
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
      set((s) => ({
        metadata: [...s.metadata, { id: createId(), key: "", value: "", remember: false }],
      })),
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
    declareInputs: (inputs) =>
      declare(() => ({ presetId: CUSTOM_PRESET, inputs: identifyInputs(inputs) })),
    removeInput: (id) =>
      declare((s) => ({
        presetId: CUSTOM_PRESET,
        inputs: s.inputs.filter((input) => input.id !== id),
      })),
    load: (draft) => declare(() => draft),
  };
});

function nextInputName(inputs: readonly InputDecl[]): string {
  let n = inputs.length + 1;
  while (inputs.some((i) => i.name === `x${n}`)) {
    n++;
  }
  return `x${n}`;
}
