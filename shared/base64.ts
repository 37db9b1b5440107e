/** Base64 of binary data with the platform's btoa/atob (browsers and Node ≥ 16 both have them). */

// String.fromCharCode takes its arguments on the stack; 32 KiB chunks stay far below its limit.
const CHUNK = 0x8000;

/** Returns the standard base64 text (with padding) of `bytes`. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + CHUNK));
  }
  return btoa(binary);
}

/** Returns the bytes of standard base64 text; throws a SyntaxError naming the problem when it is not base64. */
export function decodeBase64(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new SyntaxError(`not base64 text (${text.length} characters)`);
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}
