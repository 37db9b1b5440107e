/**
 * What the run history keeps in IndexedDB: a light summary per run (listed without reading the
 * rest), the run's body (the connection and draft as sent, and the reply), and file bytes stored
 * once per SHA-256 content hash. Every record carries `format`; records of another format are
 * skipped when read.
 */
import type { InputDecl, DraftInstance } from "../draft/draft-value";
import type { WireChoice } from "../draft/wire-choice";
import type {
  FailureCause,
  InferExchange,
  OutputValue,
  RequestFailure,
  Transport,
  WireVersion,
} from "../serving/types";

/** The record format this console writes and reads. */
export const HISTORY_FORMAT = 1;

/** How a run ended: every instance answered, some instances failed, or the whole request failed. */
export type RunOutcome = "ok" | "partial" | "failed";

/** A file a run referenced: its content hash and size (the bytes live in the blob store). */
export interface RunFileRef {
  hash: string;
  size: number;
}

/** What the list shows of a run; read for every run when the panel opens. */
export interface RunSummary {
  format: typeof HISTORY_FORMAT;
  id: string;
  servable: string;
  method: string;
  /** The version as typed; "0" or empty means latest. */
  version: string;
  transport: Transport;
  wire?: WireVersion;
  instanceCount: number;
  outcome: RunOutcome;
  cause?: FailureCause;
  elapsedMs: number;
  startedAt: number;
  finishedAt: number;
  pinned: boolean;
  pinName?: string;
  /** Approximate bytes of the run's body, its files excluded. */
  bodyBytes: number;
  /** The files it referenced, each stored once however many runs use it. */
  files: RunFileRef[];
}

/** The connection of a run: every field but header values (only header names are kept). */
export interface RunConnection {
  gatewayUrl: string;
  servable: string;
  method: string;
  version: string;
  transport: Transport;
  wire: WireChoice;
  timeoutSeconds: string;
  fileLimitMb: number;
  presetId: string;
  inputs: (InputDecl & { id?: string })[];
  metadataNames: string[];
}

/** An output as stored: numeric values as `.npy` bytes (exact for every dtype), the rest as decoded. */
export type StoredOutput =
  | { kind: "tensor" | "scalar"; npy: Uint8Array }
  | Exclude<OutputValue, { kind: "tensor" } | { kind: "scalar" }>;

/** One instance's stored result. */
export type StoredInstanceResult = { error: string } | { outputs: Record<string, StoredOutput> };

/** The exchange as stored. */
export type StoredExchange = Omit<InferExchange, "result"> & {
  result: RequestFailure | { ok: true; instances: StoredInstanceResult[] };
};

/** The heavy part of a run, read when the run is selected. */
export interface RunBody {
  format: typeof HISTORY_FORMAT;
  id: string;
  connection: RunConnection;
  /** The draft instances as sent. */
  instances: DraftInstance[];
  /** Content hash of each referenced file, by the file id the instances use. */
  fileHashes: Record<string, string>;
  exchange: StoredExchange;
}

/** A whole run, as recorded, exported and imported. */
export interface RunRecord {
  summary: RunSummary;
  body: RunBody;
  /** File bytes by content hash. */
  blobs: Record<string, Uint8Array>;
}
