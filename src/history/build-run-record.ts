/** Builds the record of one send: the connection without header values, the draft as sent, the reply. */
import { createId, type DraftInstance } from "../draft/draft-value";
import { hashBytes } from "./hash-bytes";
import {
  HISTORY_FORMAT,
  type RunBody,
  type RunOutcome,
  type RunRecord,
  type RunSummary,
  type StoredExchange,
} from "./history-types";
import { measureBytes } from "./measure-bytes";
import { storeExchange } from "./store-exchange";
import type { ConnectionDraft } from "../draft/connection-draft";
import type { InferExchange } from "../serving/types";

/** What a send hands to the history. */
export interface SentRun {
  connection: ConnectionDraft;
  instances: readonly DraftInstance[];
  /** File bytes by file id (only those the instances reference are kept). */
  files: Readonly<Record<string, Uint8Array>>;
  exchange: InferExchange;
  startedAt: number;
  finishedAt: number;
}

function outcomeOf(exchange: StoredExchange): RunOutcome {
  const { result } = exchange;
  if (!result.ok) {
    return "failed";
  }
  return result.instances.some((r) => "error" in r) ? "partial" : "ok";
}

/** When a run happened and whether it is pinned: what its body does not say. */
export interface RunTimes {
  startedAt: number;
  finishedAt: number;
  pinned?: boolean;
  pinName?: string;
}

/** Returns the list summary of a run body and its files. */
export function summarizeRun(
  body: RunBody,
  blobs: Readonly<Record<string, Uint8Array>>,
  times: RunTimes,
): RunSummary {
  const { connection, exchange } = body;
  const result = exchange.result;
  return {
    format: HISTORY_FORMAT,
    id: body.id,
    servable: connection.servable,
    method: connection.method,
    version: connection.version,
    transport: exchange.transport ?? connection.transport,
    ...(exchange.wire ? { wire: exchange.wire } : {}),
    instanceCount: body.instances.length,
    outcome: outcomeOf(exchange),
    ...(result.ok ? {} : { cause: result.cause }),
    elapsedMs: exchange.elapsedMs,
    startedAt: times.startedAt,
    finishedAt: times.finishedAt,
    pinned: times.pinned ?? false,
    ...(times.pinned && times.pinName ? { pinName: times.pinName } : {}),
    bodyBytes: measureBytes(body),
    files: Object.entries(blobs).map(([hash, bytes]) => ({ hash, size: bytes.byteLength })),
  };
}

/** Returns the record of the run, hashing each referenced file once. */
export async function buildRunRecord(run: SentRun): Promise<RunRecord> {
  const { connection, exchange } = run;
  const instances = structuredClone([...run.instances]);
  const fileHashes: Record<string, string> = {};
  const blobs: Record<string, Uint8Array> = {};
  for (const instance of instances) {
    for (const value of Object.values(instance.values)) {
      if ((value.kind === "image" || value.kind === "bytes") && value.file) {
        const bytes = run.files[value.file.id];
        if (bytes && !(value.file.id in fileHashes)) {
          // One file per task: hashing copies the bytes on this thread, so many large files in
          // one go would hold the page.
          await yieldToPage();
          const hash = await hashBytes(bytes);
          fileHashes[value.file.id] = hash;
          blobs[hash] = bytes;
        }
      }
    }
  }
  const id = createId();
  const body = {
    format: HISTORY_FORMAT,
    id,
    connection: {
      gatewayUrl: connection.gatewayUrl,
      servable: connection.servable,
      method: connection.method,
      version: connection.version,
      transport: connection.transport,
      wire: connection.wire,
      timeoutSeconds: connection.timeoutSeconds,
      fileLimitMb: connection.fileLimitMb,
      presetId: connection.presetId,
      inputs: connection.inputs.map((input) => ({ ...input })),
      // Header values may be credentials: only their names are kept.
      metadataNames: connection.metadata.map((m) => m.key).filter((k) => k !== ""),
    },
    instances,
    fileHashes,
    exchange: storeExchange(exchange),
  } satisfies RunBody;
  return {
    summary: summarizeRun(body, blobs, { startedAt: run.startedAt, finishedAt: run.finishedAt }),
    body,
    blobs,
  };
}

// Lets input and rendering run between two pieces of work.
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
