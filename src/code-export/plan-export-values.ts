/**
 * Decides, for every input of an export, whether a script reads it from a file of the download
 * or writes it inline, and gathers the download's files.
 */
import { writeNpy } from "../tensor-files/write-npy";
import { countOf, normalizeValue, type NormalValue } from "./normalize-value";
import { INLINE_ELEMENT_LIMIT } from "./snippet";
import { tensorFilePath } from "./tensor-file-path";
import type { ExportRequest } from "./export-request";

/** How a script gets one input's value. */
export type PlannedValue =
  /** The bytes of a dropped file, at `path` in the download. */
  | { kind: "file"; path: string }
  /** A tensor too large to write inline, saved as `.npy` at `path` in the download. */
  | { kind: "npy"; path: string }
  /** A value written into the script. */
  | { kind: "inline"; value: NormalValue };

/** The inputs of every instance, in order, and the files the scripts read. */
export interface ExportPlan {
  instances: { name: string; value: PlannedValue }[][];
  /** Path in the download → bytes. */
  files: Record<string, Uint8Array>;
}

/** Returns how each input of the request is written; throws TypeError when a value cannot be sent. */
export function planExportValues(request: ExportRequest): ExportPlan {
  const files: Record<string, Uint8Array> = {};
  const instances = request.instances.map((inputs, instanceIndex) =>
    inputs.map((input, inputIndex) => {
      if (input.filePath !== undefined) {
        files[input.filePath] = request.files[input.filePath] ?? new Uint8Array();
        return { name: input.name, value: { kind: "file", path: input.filePath } as const };
      }
      const value = normalizeValue(input.value);
      if (value.kind === "tensor" && countOf(value.shape) > INLINE_ELEMENT_LIMIT) {
        const path = tensorFilePath(instanceIndex, inputIndex, input.name);
        files[path] = writeNpy({ dtype: value.dtype, shape: [...value.shape], data: value.data });
        return { name: input.name, value: { kind: "npy", path } as const };
      }
      return { name: input.name, value: { kind: "inline", value } as const };
    }),
  );
  return { instances, files };
}
