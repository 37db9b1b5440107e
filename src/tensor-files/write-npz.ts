/** Writes named arrays as a `.npz` archive, stored uncompressed as numpy.savez does. */
import { zipSync, type Zippable } from "fflate";
import { writeNpy } from "./write-npy";
import type { TensorArray } from "./tensor-array";

/** Returns the `.npz` bytes holding each array as `<name>.npy`; numpy.load names them `<name>`. */
export function writeNpz(arrays: ReadonlyMap<string, TensorArray>): Uint8Array {
  const members: Zippable = {};
  for (const [name, array] of arrays) {
    members[`${name}.npy`] = [writeNpy(array), { level: 0 }];
  }
  return zipSync(members);
}
