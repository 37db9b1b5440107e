/** The connection as it is edited: its fields, their first values, and ids for declared inputs. */
import { defaultGatewayUrl } from "./default-gateway-url";
import { createId, type InputDecl } from "./draft-value";
import { PRESETS } from "./presets";
import type { Transport } from "../serving/types";
import type { WireChoice } from "./wire-choice";

/** One request metadata header being edited. */
export interface MetadataEntry {
  id: string;
  key: string;
  value: string;
  /** Saved in this browser when true; otherwise the header lives in memory only and a reload forgets it. */
  remember?: boolean;
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
