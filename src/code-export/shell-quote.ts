/** POSIX shell quoting. */

/** Returns `text` as one single-quoted shell word; embedded quotes become `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
