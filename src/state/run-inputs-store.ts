/**
 * What the run on screen sent: a summary of each instance's inputs (image bytes by reference, so
 * results show the very photo that was classified even after the draft changes), the declared
 * input names, when it was sent, and the draft change token of the draft it was sent from.
 */
import { create } from "zustand";
import { blobOfBytes } from "../serving/bytes-blob";
import { describeDraftChangeToken } from "./draft-change-token";
import type { DraftInstance, DraftValue, InputDecl, TensorDraft } from "../draft/draft-value";
import type { NumericDType } from "../serving/types";

/** One input of a sent instance, as the results show it. */
export type SentInput =
  | {
      kind: "image";
      name: string;
      fileName: string;
      fileId: string;
      type: string;
      bytes?: Uint8Array;
    }
  | { kind: "bytes"; name: string; fileName?: string; size?: number }
  | { kind: "tensor"; name: string; dtype: NumericDType; shape?: number[]; draft: TensorDraft }
  | { kind: "value"; name: string; dtype?: NumericDType; text: string };

/** The inputs of one sent instance. */
export interface SentInstance {
  inputs: SentInput[];
}

/** What one send carried. */
export interface RunInputs {
  /** Epoch milliseconds of the send. */
  sentAt: number;
  /** The method's declared input names, in order (Serving's "input 0" is the first). */
  inputNames: string[];
  instances: SentInstance[];
  /** The draft change token of the draft these inputs are; the draft is stale once it differs. */
  token: string;
}

/** When a recorded run was sent and which draft it is; by default now and the draft on screen. */
export interface RunInputsOrigin {
  sentAt?: number;
  token?: string;
}

interface RunInputsState {
  run?: RunInputs;
}

interface RunInputsActions {
  /**
   * Records what a send (or a run shown from history) carried; the object URLs of the previous
   * run are released.
   */
  record(
    instances: readonly DraftInstance[],
    files: Readonly<Record<string, Uint8Array>>,
    inputs: readonly InputDecl[],
    origin?: RunInputsOrigin,
  ): void;
  /** Returns an object URL of a sent image, made once per run and reused by every view. */
  imageUrl(fileId: string): string | undefined;
}

// Object URLs of the current run's images, by file id; revoked when the next run replaces it.
const urls = new Map<string, string>();

function releaseUrls(): void {
  for (const url of urls.values()) {
    URL.revokeObjectURL(url);
  }
  urls.clear();
}

/** The sent-inputs store. */
export const useRunInputsStore = create<RunInputsState & RunInputsActions>()((set, get) => ({
  run: undefined,
  record: (instances, files, inputs, origin = {}) => {
    releaseUrls();
    set({
      run: {
        sentAt: origin.sentAt ?? Date.now(),
        inputNames: inputs.map((input) => input.name),
        instances: instances.map((instance) => ({
          inputs: Object.entries(instance.values).map(([name, value]) =>
            summarizeInput(name, value, files),
          ),
        })),
        token: origin.token ?? describeDraftChangeToken(),
      },
    });
  },
  imageUrl: (fileId) => {
    const known = urls.get(fileId);
    if (known !== undefined) {
      return known;
    }
    const image = get()
      .run?.instances.flatMap((instance) => instance.inputs)
      .find((input) => input.kind === "image" && input.fileId === fileId);
    // Environments without Blob URLs (bare DOM shims) show no picture, only the file name.
    if (image?.kind !== "image" || !image.bytes || typeof URL.createObjectURL !== "function") {
      return undefined;
    }
    // The Blob the draft's thumbnail made: no copy of the photo at Send.
    const url = URL.createObjectURL(blobOfBytes(image.bytes, image.type));
    urls.set(fileId, url);
    return url;
  },
}));

/** Forgets the recorded run (the state of a fresh page). */
export function resetRunInputs(): void {
  releaseUrls();
  useRunInputsStore.setState({ run: undefined });
}

function summarizeInput(
  name: string,
  value: DraftValue,
  files: Readonly<Record<string, Uint8Array>>,
): SentInput {
  switch (value.kind) {
    case "image":
      return value.file
        ? {
            kind: "image",
            name,
            fileName: value.file.name,
            fileId: value.file.id,
            type: value.file.type,
            bytes: files[value.file.id],
          }
        : { kind: "bytes", name };
    case "bytes":
      return { kind: "bytes", name, fileName: value.file?.name, size: value.file?.size };
    case "tensor":
      return {
        kind: "tensor",
        name,
        dtype: value.dtype,
        // The text editor's shape is known only once parsed, which a summary does not pay for.
        shape:
          value.editor === "nd"
            ? undefined
            : value.editor === "1d"
              ? [value.cols]
              : [value.rows, value.cols],
        draft: value,
      };
    case "scalar":
      return { kind: "value", name, dtype: value.dtype, text: value.text };
    case "bool":
      return { kind: "value", name, text: String(value.value) };
    case "int":
    case "float":
      return { kind: "value", name, text: value.text };
    case "string":
      return { kind: "value", name, text: value.value };
  }
}
