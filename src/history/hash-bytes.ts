/** SHA-256 content hashes of file bytes, so each file is stored once however many runs use it. */
import { digestOffThread } from "./digest-off-thread";

// File bytes never change under a reference, so a hash computed once is reused on the next send.
const known = new WeakMap<Uint8Array, string>();

/** Returns the lowercase hex SHA-256 of the bytes. */
export async function hashBytes(bytes: Uint8Array): Promise<string> {
  const cached = known.get(bytes);
  if (cached) {
    return cached;
  }
  const digest = new Uint8Array(await digestOffThread(bytes as Uint8Array<ArrayBuffer>));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  known.set(bytes, hex);
  return hex;
}
