/** Where and what to call: gateway, servable, method, version, wire, timeout, metadata, inputs. */
import { create } from "zustand";
import { replaceArrayCells } from "../draft/array-cells";
import {
  identifyInputs,
  initialConnection,
  type ConnectionDraft,
  type MetadataEntry,
} from "../draft/connection-draft";
import { createId, type DraftInstance, type InputDecl, type InputKind } from "../draft/draft-value";
import { methodKey } from "../draft/method-key";
import { CUSTOM_PRESET, findPreset, matchPreset } from "../draft/presets";
import { findImportedPreset, matchImportedPreset } from "./imported-presets-store";
import { createInstance, useInstancesStore } from "./instances-store";
import { type MethodDraft, useMethodDraftsStore } from "./method-drafts-store";

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
  /**
   * Replaces every field but the gateway URL and the metadata (e.g. with an imported draft's); the
   * draft of the method on screen is kept aside when the method changes. Returns the kept draft of
   * the loaded method that this one replaces, if it had one.
   */
  load(draft: Omit<ConnectionDraft, "gatewayUrl" | "metadata">): MethodDraft | undefined;
}

/**
 * Keeps the draft on screen aside when servable + method change from `from` to the given names,
 * and returns the kept draft of the method going on screen, if it has one. Returns undefined when
 * the method stays the same.
 */
function switchDrafts(
  from: ConnectionDraft,
  servable: string,
  method: string,
): { saved: MethodDraft | undefined; key: string } | undefined {
  const key = methodKey(servable, method);
  const leaving = methodKey(from.servable, from.method);
  if (key === leaving) {
    return undefined;
  }
  const drafts = useMethodDraftsStore.getState();
  const { instances } = useInstancesStore.getState();
  // The untouched draft of a fresh page is not worth keeping (nor dropping another for).
  if (drafts.arrival !== undefined || !isPristine(from.inputs, instances)) {
    drafts.leave(leaving, { inputs: from.inputs, presetId: from.presetId, instances });
  }
  return { saved: drafts.take(key), key };
}

function isPristine(inputs: readonly InputDecl[], instances: readonly DraftInstance[]): boolean {
  return (
    instances.length === 1 &&
    JSON.stringify(instances[0]?.values, replaceArrayCells) ===
      JSON.stringify(createInstance(inputs).values)
  );
}

/**
 * The connection store. Changing the declared inputs re-keys the draft instances in the same
 * action, since the inputs decide which values every instance has. Each servable + method keeps
 * its own inputs and instances (`useMethodDraftsStore`): switching brings back what it had.
 */
export const useConnectionStore = create<ConnectionDraft & ConnectionActions>()((set, get) => {
  const declare = (
    change: (s: ConnectionDraft) => Partial<ConnectionDraft> & Pick<ConnectionDraft, "inputs">,
  ): void => {
    set(change);
    useInstancesStore.getState().syncInputs(get().inputs);
  };
  // Puts a kept draft on screen: its inputs, then its instances (declaring re-keys the old ones).
  const bringBack = (fields: Partial<ConnectionDraft>, saved: MethodDraft): void => {
    set({ ...fields, presetId: saved.presetId, inputs: saved.inputs });
    useInstancesStore.getState().replaceInstances(saved.instances);
  };
  const arrive = (switched: { saved: MethodDraft | undefined; key: string } | undefined): void => {
    if (switched !== undefined) {
      useMethodDraftsStore
        .getState()
        .arrive(
          switched.key,
          get().inputs,
          useInstancesStore.getState().instances,
          switched.saved !== undefined,
        );
    }
  };
  return {
    ...initialConnection(),
    update: (patch) => {
      const s = get();
      const next = { ...s, ...patch };
      if (patch.servable === undefined && patch.method === undefined) {
        set(patch);
        return;
      }
      const switched = switchDrafts(s, next.servable, next.method);
      if (switched?.saved) {
        bringBack(patch, switched.saved);
      } else {
        const builtIn = matchPreset(next.servable, next.method);
        const presetId =
          builtIn === CUSTOM_PRESET
            ? (matchImportedPreset(next.servable, next.method) ?? CUSTOM_PRESET)
            : builtIn;
        set({ ...patch, presetId });
      }
      arrive(switched);
    },
    applyPreset: (id) => {
      const preset = findPreset(id) ?? findImportedPreset(id);
      if (!preset) {
        set({ presetId: CUSTOM_PRESET });
        return;
      }
      const switched = switchDrafts(get(), preset.servable, preset.method);
      const fields = { servable: preset.servable, method: preset.method };
      if (switched?.saved) {
        bringBack(fields, switched.saved);
      } else {
        declare(() => ({ ...fields, presetId: id, inputs: identifyInputs(preset.inputs) }));
      }
      arrive(switched);
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
    load: (draft) => {
      const switched = switchDrafts(get(), draft.servable, draft.method);
      declare(() => draft);
      arrive(switched);
      return switched?.saved;
    },
  };
});

function nextInputName(inputs: readonly InputDecl[]): string {
  let n = inputs.length + 1;
  while (inputs.some((i) => i.name === `x${n}`)) {
    n++;
  }
  return `x${n}`;
}
