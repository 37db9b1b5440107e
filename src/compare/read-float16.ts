/** Reads float16 tensors fast: through a table of all 65,536 half values instead of per-element decoding. */
import type { Float16Array } from "@petamoriken/float16";

let table: Float32Array | undefined;

// Every half-precision bit pattern as a float32 (exact: float32 holds every half value).
function halfTable(): Float32Array {
  if (!table) {
    table = new Float32Array(65536);
    for (let bits = 0; bits < 65536; bits += 1) {
      const sign = bits & 0x8000 ? -1 : 1;
      const exponent = (bits >> 10) & 0x1f;
      const fraction = bits & 0x3ff;
      table[bits] =
        exponent === 0
          ? sign * fraction * 2 ** -24
          : exponent === 0x1f
            ? fraction === 0
              ? sign * Infinity
              : Number.NaN
            : sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
    }
  }
  return table;
}

/** Returns the values of a float16 array as a Float32Array, read from its raw bits. */
export function readFloat16(data: Float16Array): Float32Array {
  const bits = new Uint16Array(data.buffer, data.byteOffset, data.length);
  const values = halfTable();
  const out = new Float32Array(bits.length);
  for (let i = 0; i < bits.length; i += 1) {
    out[i] = values[bits[i]!]!;
  }
  return out;
}
