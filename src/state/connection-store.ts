/** Where and what to call: gateway, servable, method, version, wire, timeout, metadata, inputs. */
import { create } from "zustand";
import { defaultGatewayUrl } from "./default-gateway-url";
import { createId, type InputDecl, type InputKind } from "./draft-value";
import { CUSTOM_PRESET, findPreset, matchPreset, PRESETS } from "./presets";
import type { Transport } from "../serving/types";
import type { WireChoice } from "./wire-choice";

/** One request metadata header being edited. */
export interface MetadataEntry {
  id: string;
  key: string;
  value: string;
}

/** A declared input with the id that keys its row while it is edited. */
export interface DeclaredInput extends InputDecl {
  id: string;
}

/** Returns the inputs with an id each, keeping ids they have (drafts saved before ids had none). */
export function identifyInputs(inputs: readonly (InputDecl & { id?: string })[]): DeclaredInput[] {
  return inputs.map((input) => ({ ...input, id: input.id ?? createId() }));
}

/** The persisted fields of the connection. */
export interface ConnectionDraft {
  gatewayUrl: string;
  servable: string;
  method: string;
  /** Text as typed; 0 or empty means latest. */
  version: string;
  /** gRPC-Web or Serving's RESTful JSON API. */
  transport: Transport;
  wire: WireChoice;
  /** Request timeout in seconds as typed; empty means none. */
  timeoutSeconds: string;
  metadata: MetadataEntry[];
  presetId: string;
  inputs: DeclaredInput[];
  /** Largest file accepted as bytes or image input, in MB. */
  fileLimitMb: number;
}

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

/** Returns the connection a fresh page starts with (the first preset). */
export function initialConnection(): ConnectionDraft {
  const preset = PRESETS[0];
  return {
    gatewayUrl:
      typeof location === "undefined" ? "http://localhost:8080" : defaultGatewayUrl(location),
    servable: preset.servable,
    method: preset.method,
    version: "0",
    transport: "grpc-web",
    wire: "auto",
    timeoutSeconds: "30",
    metadata: [],
    presetId: preset.id,
    inputs: identifyInputs(preset.inputs),
    fileLimitMb: 10,
  };
}

/** The connection store. */
export const useConnectionStore = create<ConnectionDraft & ConnectionActions>()((set) => ({
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
    set(
      preset
        ? {
            presetId: id,
            servable: preset.servable,
            method: preset.method,
            inputs: identifyInputs(preset.inputs),
          }
        : { presetId: CUSTOM_PRESET },
    );
  },
  addMetadata: () =>
    set((s) => ({ metadata: [...s.metadata, { id: createId(), key: "", value: "" }] })),
  updateMetadata: (id, patch) =>
    set((s) => ({ metadata: s.metadata.map((m) => (m.id === id ? { ...m, ...patch } : m)) })),
  removeMetadata: (id) => set((s) => ({ metadata: s.metadata.filter((m) => m.id !== id) })),
  addInput: () =>
    set((s) => ({
      presetId: CUSTOM_PRESET,
      inputs: [
        ...s.inputs,
        { id: createId(), name: nextInputName(s.inputs), kind: "tensor" as const },
      ],
    })),
  updateInput: (id, patch) =>
    set((s) => ({
      presetId: CUSTOM_PRESET,
      inputs: s.inputs.map((input) =>
        input.id === id
          ? { id, name: patch.name ?? input.name, kind: patch.kind ?? input.kind }
          : input,
      ),
    })),
  removeInput: (id) =>
    set((s) => ({ presetId: CUSTOM_PRESET, inputs: s.inputs.filter((input) => input.id !== id) })),
}));

function nextInputName(inputs: readonly InputDecl[]): string {
  let n = inputs.length + 1;
  while (inputs.some((i) => i.name === `x${n}`)) {
    n++;
  }
  return `x${n}`;
}
