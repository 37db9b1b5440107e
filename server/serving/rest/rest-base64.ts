import { RestInputError } from "./rest-input-error";

const STRICT_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function check(text: string): void {
  // Serving requires whole groups of four characters; other characters are refused here too.
  if (text.length % 4 !== 0 || !STRICT_BASE64.test(text)) {
    throw new RestInputError(`'${text}' is illegal b64 encode string`);
  }
}

/** Returns the bytes of a REST `b64` text. Throws RestInputError with Serving's text when it is not base64. */
export function decodeRestBase64(text: string): Uint8Array {
  check(text);
  return new Uint8Array(Buffer.from(text, "base64"));
}

/** Returns the decoded size of a REST `b64` text without decoding it. Throws as decodeRestBase64 does. */
export function measureRestBase64(text: string): number {
  check(text);
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}
