/** Reads a `.npy` file (numpy format versions 1–3) into a C-order little-endian array. */
import { numericDTypes } from "../../protocol/dtypes";
import { NPY_DESCR, readNpyType } from "./npy-dtypes";
import { parseNpyHeader } from "./parse-npy-header";
import { viewLanes, swapBytes } from "./raw-lanes";
import { reorderFortranToC } from "./reorder-fortran";
import { countElements, type TensorArray } from "./tensor-array";

/** The magic string every `.npy` file starts with. */
export const NPY_MAGIC = Uint8Array.of(0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59);

/** The longest header read, as numpy's own loader bounds it by default. */
export const MAX_NPY_HEADER_BYTES = 10_000;

/**
 * Returns the array a `.npy` file holds, in C order with little-endian elements.
 * Throws an Error saying what is wrong when the bytes are not a `.npy` file of a dtype Serving accepts.
 */
export function readNpy(bytes: Uint8Array): TensorArray {
  if (bytes.length < 10 || NPY_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new Error("not a .npy file (it does not start with \\x93NUMPY)");
  }
  const major = bytes[6] ?? 0;
  if (major < 1 || major > 3) {
    throw new Error(`.npy format version ${major} is not known (1, 2 and 3 are)`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wide = major >= 2;
  if (wide && bytes.length < 12) {
    throw new Error("the .npy file ends inside its header");
  }
  const headerLength = wide ? view.getUint32(8, true) : view.getUint16(8, true);
  const headerStart = wide ? 12 : 10;
  if (headerLength > MAX_NPY_HEADER_BYTES) {
    throw new Error(
      `the .npy header is ${headerLength} bytes; at most ${MAX_NPY_HEADER_BYTES} are read`,
    );
  }
  const dataStart = headerStart + headerLength;
  if (dataStart > bytes.length) {
    throw new Error("the .npy file ends inside its header");
  }
  const headerText = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(
    bytes.subarray(headerStart, dataStart),
  );
  const header = parseNpyHeader(headerText);
  const { dtype, bigEndian } = readNpyType(header.descr);
  const { width } = NPY_DESCR[dtype];
  const count = countElements(header.shape);
  const available = bytes.length - dataStart;
  if (!Number.isSafeInteger(count * width) || count * width !== available) {
    throw new Error(
      `the .npy shape (${header.shape.join(", ")}) of ${dtype} needs ${count * width} bytes of data; the file has ${available}`,
    );
  }
  // A copy into a fresh buffer is aligned for every element width (a Node Buffer's slice is not a copy).
  const raw = new Uint8Array(available);
  raw.set(bytes.subarray(dataStart));
  if (bigEndian && width > 1) {
    swapBytes(raw, width);
  }
  let buffer = raw.buffer;
  if (header.fortranOrder && header.shape.length > 1) {
    const target = new ArrayBuffer(raw.length);
    reorderFortranToC<number | bigint>(
      viewLanes(buffer, width, count),
      viewLanes(target, width, count),
      header.shape,
    );
    buffer = target;
  }
  if (dtype === "bool") {
    // numpy reads any non-zero byte as True; the wire wants exactly 0 or 1.
    const lanes = new Uint8Array(buffer);
    lanes.forEach((b, i) => {
      lanes[i] = b === 0 ? 0 : 1;
    });
  }
  return { dtype, shape: header.shape, data: numericDTypes[dtype].view(buffer, 0, count) };
}
