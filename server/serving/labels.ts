const DICT_ENTRY = /^\s*\{?\s*(\d+)\s*:\s*(['"])(.*)\2\s*,?\s*\}?\s*$/;

/**
 * Returns the class names of a label list, index = class id. Reads the Python dict form
 * (`{0: 'tench, Tinca tinca',`) by its keys, any other text as one label per non-empty line.
 */
export function parseLabels(text: string): string[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const entries = lines.map((line) => DICT_ENTRY.exec(line));
  if (entries.every((m) => m !== null)) {
    const labels: string[] = [];
    for (const m of entries) {
      labels[Number(m![1])] = m![3] ?? "";
    }
    return labels;
  }
  return lines.map((line) => line.trim());
}
