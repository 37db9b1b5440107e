/** Leading bytes of the image formats browsers decode; `undefined` entries match any byte. */
const SIGNATURES: readonly { type: string; bytes: readonly (number | undefined)[] }[] = [
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { type: "image/gif", bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: "image/bmp", bytes: [0x42, 0x4d] },
  { type: "image/x-icon", bytes: [0x00, 0x00, 0x01, 0x00] },
  // RIFF....WEBP
  {
    type: "image/webp",
    bytes: [0x52, 0x49, 0x46, 0x46, ...Array<undefined>(4), 0x57, 0x45, 0x42, 0x50],
  },
  // ....ftypavif (ISO base media file with the AVIF brand)
  {
    type: "image/avif",
    bytes: [...Array<undefined>(4), 0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66],
  },
];

/**
 * Returns the MIME type of bytes that start like an image a browser can show, else undefined.
 * Only picks which bytes are worth trying in an <img>; the browser's decoder has the last word.
 */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  const match = SIGNATURES.find(
    (signature) =>
      bytes.length >= signature.bytes.length &&
      signature.bytes.every(
        (expected, index) => expected === undefined || bytes[index] === expected,
      ),
  );
  return match?.type;
}
