const UNITS = ["B", "kB", "MB", "GB", "TB"];

/** Returns `value` rounded to one decimal, as text without a trailing ".0". */
function formatOneDecimal(value: number): string {
  return String(Number(value.toFixed(1)));
}

/**
 * Returns a byte count as short text in 1000-based units, as file managers and the MB of the
 * file size limit use: "999 B", "1.5 kB", "205 kB", "4 MB".
 */
export function formatByteSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  // Compare the rounded figure, so 999,960 bytes reads "1 MB" rather than "1000 kB".
  while (unit < UNITS.length - 1 && Number(value.toFixed(1)) >= 1000) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? Math.round(value) : formatOneDecimal(value)} ${UNITS[unit]}`;
}

/** Returns a size in megabytes (1 MB = 1,000,000 bytes, as formatByteSize shows it) in bytes. */
export function convertMegabytesToBytes(megabytes: number): number {
  return Math.round(megabytes * 1_000_000);
}
