/** The error a paste parser throws: what it could not read, and where (1-based line and column). */

/** A pasted text that could not be read, with the line and column of the problem when known. */
export class PasteError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;

  /** Builds the error; `at` gives the place in the pasted text. */
  constructor(message: string, at?: { line: number; column: number }) {
    super(at ? `Line ${at.line}, column ${at.column}: ${message}` : message);
    this.name = "PasteError";
    this.line = at?.line;
    this.column = at?.column;
  }
}

/** Returns the 1-based line and column of a character offset in `text`. */
export function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Returns a PasteError located at `offset` of `text`. */
export function pasteErrorAt(text: string, offset: number, message: string): PasteError {
  return new PasteError(message, locate(text, offset));
}
