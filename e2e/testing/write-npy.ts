import { writeFileSync } from "node:fs";

/**
 * Writes a C-ordered little-endian float32 array as a NumPy .npy file (format 1.0), with each
 * element from `value(row, column)`.
 */
export function writeFloat32Npy(
  path: string,
  rows: number,
  columns: number,
  value: (row: number, column: number) => number,
): void {
  const dict = `{'descr': '<f4', 'fortran_order': False, 'shape': (${rows}, ${columns}), }`;
  // Magic (6) + version (2) + header length (2) + header, padded with spaces to 64 and ending in \n.
  const unpadded = 10 + dict.length + 1;
  const header = dict + " ".repeat((64 - (unpadded % 64)) % 64) + "\n";
  const prefix = Buffer.alloc(10);
  prefix.write("\x93NUMPY", 0, "latin1");
  prefix[6] = 1;
  prefix[7] = 0;
  prefix.writeUInt16LE(header.length, 8);
  const data = new Float32Array(rows * columns);
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      data[r * columns + c] = value(r, c);
    }
  }
  writeFileSync(
    path,
    Buffer.concat([prefix, Buffer.from(header, "latin1"), Buffer.from(data.buffer)]),
  );
}
