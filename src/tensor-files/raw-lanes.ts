/** Unsigned integer views over element bytes, for moving elements without reading their values. */

/** An unsigned view with one lane per element of the given byte width. */
export type RawLanes = Uint8Array | Uint16Array | Uint32Array | BigUint64Array;

/** Returns a view of `length` lanes of `width` bytes over the buffer (which must be aligned). */
export function viewLanes(buffer: ArrayBuffer, width: number, length: number): RawLanes {
  switch (width) {
    case 1:
      return new Uint8Array(buffer, 0, length);
    case 2:
      return new Uint16Array(buffer, 0, length);
    case 4:
      return new Uint32Array(buffer, 0, length);
    default:
      return new BigUint64Array(buffer, 0, length);
  }
}

/** Reverses the bytes of every `width`-byte element in place (big-endian ↔ little-endian). */
export function swapBytes(bytes: Uint8Array, width: number): void {
  for (let at = 0; at + width <= bytes.length; at += width) {
    for (let i = 0, j = width - 1; i < j; i++, j--) {
      const a = bytes[at + i] ?? 0;
      bytes[at + i] = bytes[at + j] ?? 0;
      bytes[at + j] = a;
    }
  }
}
