/** Reads a `.npz` archive (numpy.savez or savez_compressed) into named arrays. */
import { unzipSync } from "fflate";
import { describeError } from "../../shared/describe-value";
import { readNpy } from "./read-npy";
import type { TensorArray } from "./tensor-array";

/** The most arrays read from one archive. */
export const MAX_NPZ_ARRAYS = 4096;

/** The most bytes the arrays of one archive may unpack to. */
export const MAX_NPZ_BYTES = 1024 * 1024 * 1024;

/**
 * Returns the archive's arrays by name (the member name without `.npy`, as numpy.load names
 * them), in archive order; members that are not `.npy` files are skipped.
 * Throws an Error naming the member and the problem, or the limit an archive passes.
 */
export function readNpz(bytes: Uint8Array): Map<string, TensorArray> {
  let total = 0;
  let count = 0;
  let members: Record<string, Uint8Array>;
  try {
    members = unzipSync(bytes, {
      // Sizes are checked from the directory before anything is unpacked.
      filter: (file) => {
        if (!file.name.endsWith(".npy")) {
          return false;
        }
        count += 1;
        total += file.originalSize;
        if (count > MAX_NPZ_ARRAYS) {
          throw new Error(`the .npz holds more than ${MAX_NPZ_ARRAYS} arrays`);
        }
        if (total > MAX_NPZ_BYTES) {
          throw new Error(`the .npz unpacks to more than ${MAX_NPZ_BYTES} bytes`);
        }
        return true;
      },
    });
  } catch (error) {
    const message = describeError(error);
    throw new Error(message.startsWith("the .npz") ? message : `not a readable .npz: ${message}`);
  }
  const arrays = new Map<string, TensorArray>();
  for (const [name, member] of Object.entries(members)) {
    try {
      arrays.set(name.slice(0, -".npy".length), readNpy(member));
    } catch (error) {
      throw new Error(`${name}: ${describeError(error)}`);
    }
  }
  return arrays;
}
