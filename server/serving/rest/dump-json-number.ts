/**
 * Returns a double as Serving's JSON library writes it: the shortest digits that read back to the same
 * double, a decimal point kept on whole numbers ("3.0"), exponent form outside 1e-5..1e15 ("1e+16",
 * "1.5e-05"), and `null` for NaN and infinities.
 */
export function dumpJsonFloat(value: number): string {
  if (!Number.isFinite(value)) {
    return "null";
  }
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  if (value === 0) {
    return `${sign}0.0`;
  }
  // toExponential() without digits gives the shortest round-trip digits, as the library's Grisu2 does.
  const [mantissa = "", exponentText = "0"] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const k = digits.length;
  const n = Number(exponentText) + 1; // position of the decimal point from the first digit
  if (k <= n && n <= 15) {
    return `${sign}${digits}${"0".repeat(n - k)}.0`;
  }
  if (0 < n && n <= 15) {
    return `${sign}${digits.slice(0, n)}.${digits.slice(n)}`;
  }
  if (-4 < n && n <= 0) {
    return `${sign}0.${"0".repeat(-n)}${digits}`;
  }
  const exponent = n - 1;
  const magnitude = String(Math.abs(exponent)).padStart(2, "0");
  const head = k === 1 ? digits : `${digits.slice(0, 1)}.${digits.slice(1)}`;
  return `${sign}${head}e${exponent < 0 ? "-" : "+"}${magnitude}`;
}
