/** Paths of the `.npy` files large tensors are exported to. */
import { safeFileName } from "../tensor-files/archive/archive-paths";

/** Returns `arrays/instance<N>_<input>.npy`, the input index standing in for an unsafe name. */
export function tensorFilePath(instanceIndex: number, inputIndex: number, name: string): string {
  const stem = `instance${instanceIndex + 1}_`;
  return `arrays/${stem}${safeFileName(name, `input${inputIndex + 1}`)}.npy`;
}
