const UNITS = ["kB", "MB", "GB"];

/** Returns a byte count as text: exact bytes below 1 kB, else one decimal in kB/MB/GB (1000-based). */
export function formatByteSize(bytes: number): string {
  if (bytes < 1000) {
    return `${bytes} B`;
  }
  let value = bytes;
  let unit = "B";
  for (const next of UNITS) {
    if (value < 1000) {
      break;
    }
    value /= 1000;
    unit = next;
  }
  return `${value.toFixed(1)} ${unit}`;
}

/** Returns a duration in milliseconds as text: seconds from 1 s, whole ms from 100 ms, else one decimal. */
export function formatDuration(ms: number): string {
  if (ms >= 1000) {
    return `${(ms / 1000).toFixed(2)} s`;
  }
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}
