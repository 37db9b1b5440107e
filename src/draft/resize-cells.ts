/** Returns the row-major cells of a grid resized to rows×cols, keeping overlapping cells and padding with `pad`. */
export function resizeCells(
  cells: readonly string[],
  fromRows: number,
  fromCols: number,
  rows: number,
  cols: number,
  pad = "0",
): string[] {
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      out.push(r < fromRows && c < fromCols ? (cells[r * fromCols + c] ?? pad) : pad);
    }
  }
  return out;
}
