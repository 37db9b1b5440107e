/** Writes an array as a `.npy` file, byte for byte as `numpy.save` writes it. */
import { NPY_DESCR } from "./npy-dtypes";
import { NPY_MAGIC } from "./read-npy";
import type { TensorArray } from "./tensor-array";

// numpy pads headers so the data starts on a 64-byte boundary, and leaves room for the growth
// axis to reach 21 digits so an appending writer can rewrite the header in place.
const ALIGN = 64;
const GROWTH_AXIS_MAX_DIGITS = 21;

/** Returns numpy's repr of a shape tuple: `()`, `(3,)`, `(3, 4)`. */
function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** Returns the header of a C-order little-endian array, padding and newline included. */
export function npyHeader(array: Pick<TensorArray, "dtype" | "shape">): Uint8Array {
  const { descr } = NPY_DESCR[array.dtype];
  let text = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeRepr(array.shape)}, }`;
  const first = array.shape[0];
  if (first !== undefined) {
    text += " ".repeat(Math.max(GROWTH_AXIS_MAX_DIGITS - String(first).length, 0));
  }
  const unpadded = NPY_MAGIC.length + 4 + text.length + 1;
  const pad = ALIGN - (unpadded % ALIGN);
  // numpy pads a full 64 when the header already ends on the boundary.
  text += `${" ".repeat(pad)}\n`;
  const out = new Uint8Array(NPY_MAGIC.length + 4 + text.length);
  out.set(NPY_MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  new DataView(out.buffer).setUint16(8, text.length, true);
  for (let i = 0; i < text.length; i++) {
    out[10 + i] = text.charCodeAt(i);
  }
  return out;
}

/** Returns the `.npy` bytes of the array (format 1.0, C order, little-endian). */
export function writeNpy(array: TensorArray): Uint8Array {
  const header = npyHeader(array);
  const data = array.data;
  const body = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const out = new Uint8Array(header.length + body.length);
  out.set(header, 0);
  out.set(body, header.length);
  return out;
}
