/**
 * One Blob per byte array. Making a Blob copies its bytes on the calling thread, so the
 * thumbnails, the results, the encoding worker and every other user of the same photo share the
 * Blob made the first time instead of copying megabytes again (sixteen 3 MB photos at Send, say).
 */

// File bytes never change under a reference, so a Blob made once stays right for them.
const made = new WeakMap<Uint8Array, Blob>();

/**
 * Returns a Blob of `bytes`, copying the bytes at most once per array. With `type` the Blob has
 * that media type; without, it is whichever Blob of the bytes was made first.
 */
export function blobOfBytes(bytes: Uint8Array, type?: string): Blob {
  const known = made.get(bytes);
  if (known) {
    // A slice shares the stored bytes: another type costs no copy.
    return type === undefined || known.type === type.toLowerCase()
      ? known
      : known.slice(0, known.size, type);
  }
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  made.set(bytes, blob);
  return blob;
}
