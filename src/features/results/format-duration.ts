/**
 * Returns a duration in milliseconds as text, the number formatted for the locale and the SI
 * symbol after it: seconds with two decimals from 1 s, whole ms from 100 ms, else one decimal.
 */
export function formatDuration(ms: number, locale = "en"): string {
  const [value, unit, digits] =
    ms >= 1000 ? [ms / 1000, "s", 2] : ms >= 100 ? [ms, "ms", 0] : [ms, "ms", 1];
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
  return `${number} ${unit}`;
}
