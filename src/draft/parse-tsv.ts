/** Returns the rows of spreadsheet cells (tab-separated, one row per line; a trailing newline ignored). */
export function parseTsv(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  return lines.map((line) => line.split("\t").map((cell) => cell.trim()));
}
