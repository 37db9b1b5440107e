/** Byte arrays read back from storage, as this page's own Uint8Array. */

/**
 * Returns the bytes as a Uint8Array of this realm (a structured clone may come from another,
 * where `instanceof` fails), or undefined when the value is not a Uint8Array at all.
 */
export function localBytes(value: unknown): Uint8Array | undefined {
  if (
    !ArrayBuffer.isView(value) ||
    Object.prototype.toString.call(value) !== "[object Uint8Array]"
  ) {
    return undefined;
  }
  return value instanceof Uint8Array
    ? value
    : new Uint8Array(value.buffer as ArrayBuffer, value.byteOffset, value.byteLength);
}
