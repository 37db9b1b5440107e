/** Presets for the example servables (docs/architecture.md, "Example servables"): servable, method and the inputs it takes. */
import type { InputDecl } from "./draft-value";

/** A method of an example servable with its declared inputs. */
export interface Preset {
  id: string;
  label: string;
  servable: string;
  method: string;
  inputs: InputDecl[];
}

/** The id of the preset that leaves servable, method and inputs to the user. */
export const CUSTOM_PRESET = "custom";

const ADD_INPUTS: InputDecl[] = [
  { name: "x1", kind: "tensor", dtype: "float32", shape: [2, 2] },
  { name: "x2", kind: "tensor", dtype: "float32", shape: [2, 2] },
];
const IMAGE_INPUTS: InputDecl[] = [{ name: "image", kind: "image" }];

// Ids and labels follow from servable and method, so the list cannot drift from them.
function definePreset(servable: string, method: string, inputs: InputDecl[]): Preset {
  return {
    id: `${servable}/${method}`,
    label: `${servable} · ${method}`,
    servable,
    method,
    inputs,
  };
}

/** Every preset, in the order the picker lists them. */
export const PRESETS: readonly [Preset, ...Preset[]] = [
  definePreset("add", "add_common", ADD_INPUTS),
  definePreset("add", "add_cast", ADD_INPUTS),
  definePreset("resnet50", "classify_top1", IMAGE_INPUTS),
  definePreset("resnet50", "classify_top1_v1", IMAGE_INPUTS),
  definePreset("resnet50", "classify_top5", IMAGE_INPUTS),
];

/** Returns the preset with the id, or undefined (for "custom" or an unknown id). */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** Returns the id of the preset for servable and method, or "custom" when none matches. */
export function matchPreset(servable: string, method: string): string {
  return PRESETS.find((p) => p.servable === servable && p.method === method)?.id ?? CUSTOM_PRESET;
}
