/**
 * Turns a pasted request into draft instances, the inputs they declare, and the bytes of their
 * bytes and image inputs (held by reference, as dropped files are).
 */
import {
  createId,
  type DraftInstance,
  type DraftValue,
  type InputDecl,
} from "../draft/draft-value";
import { draftFromCellTexts } from "../tensor-files/draft-from-array";
import type { PastedRequest, PastedValue } from "./pasted-request";

/** The draft a paste becomes. */
export interface PastedDraft {
  instances: DraftInstance[];
  /** The inputs in the order the first instance that has them names them. */
  inputs: InputDecl[];
  /** File id → bytes of every bytes or image input. */
  files: Record<string, Uint8Array>;
}

const IMAGE_SIGNATURES: [type: string, bytes: number[]][] = [
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  ["image/png", [0x89, 0x50, 0x4e, 0x47]],
  ["image/gif", [0x47, 0x49, 0x46, 0x38]],
  ["image/bmp", [0x42, 0x4d]],
];

/** Returns the image MIME type the bytes start with, or undefined. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  return IMAGE_SIGNATURES.find(([, signature]) => signature.every((b, i) => bytes[i] === b))?.[0];
}

/** Returns the draft of a pasted request; `declared` keeps an input's image kind when it has one. */
export function draftFromPaste(
  request: PastedRequest,
  declared: readonly InputDecl[] = [],
): PastedDraft {
  const files: Record<string, Uint8Array> = {};
  const inputs: InputDecl[] = [];
  let fileCount = 0;
  const instances = request.instances.map((instance): DraftInstance => {
    const values: Record<string, DraftValue> = {};
    for (const [name, pasted] of instance) {
      const wantsImage = declared.find((d) => d.name === name)?.kind === "image";
      const value = draftValue(pasted, name, wantsImage, () => ++fileCount, files);
      values[name] = value;
      if (!inputs.some((d) => d.name === name)) {
        inputs.push(declare(name, value));
      }
    }
    return { id: createId(), values };
  });
  return { instances, inputs, files };
}

function declare(name: string, value: DraftValue): InputDecl {
  if (value.kind === "tensor") {
    const shape =
      value.editor === "2d"
        ? [value.rows, value.cols]
        : value.editor === "1d"
          ? [value.cols]
          : undefined;
    return shape
      ? { name, kind: "tensor", dtype: value.dtype, shape }
      : { name, kind: "tensor", dtype: value.dtype };
  }
  return value.kind === "scalar"
    ? { name, kind: "scalar", dtype: value.dtype }
    : { name, kind: value.kind };
}

function draftValue(
  pasted: PastedValue,
  name: string,
  wantsImage: boolean,
  nextFile: () => number,
  files: Record<string, Uint8Array>,
): DraftValue {
  switch (pasted.kind) {
    case "tensor":
      return draftFromCellTexts(pasted.dtype, pasted.shape, pasted.texts);
    case "scalar":
    case "bool":
    case "int":
    case "float":
    case "string":
      return pasted;
    case "bytes": {
      const id = createId();
      files[id] = pasted.bytes;
      const type = sniffImageType(pasted.bytes);
      const image = wantsImage || type !== undefined;
      const extension = type ? type.slice("image/".length).replace("jpeg", "jpg") : "bin";
      const file = {
        id,
        name: `${name}-${nextFile()}.${extension}`,
        size: pasted.bytes.byteLength,
        type: type ?? "application/octet-stream",
      };
      return image ? { kind: "image", file } : { kind: "bytes", file };
    }
  }
}
