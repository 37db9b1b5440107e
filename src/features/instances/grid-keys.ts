/** Which cell a key press in the matrix editor moves to. */

/** The caret and text of the focused cell, and the modifier keys held. */
export interface CellKey {
  key: string;
  shift: boolean;
  /** Ctrl or Cmd: Ctrl/Cmd+Enter sends the request instead of moving. */
  command: boolean;
  selectionStart: number | null;
  selectionEnd: number | null;
  length: number;
}

/**
 * Returns the [row, col] to move to, or undefined when the key edits the text instead. Tab moves
 * right and wraps to the next row's first cell (Shift+Tab the other way) in a grid `cols` wide.
 */
export function findNextCell(
  press: CellKey,
  row: number,
  col: number,
  cols = Infinity,
): [number, number] | undefined {
  const { key, selectionStart, selectionEnd, length } = press;
  // A freshly entered cell has all its text selected: arrows then move, as in spreadsheets.
  const whole = selectionStart === 0 && selectionEnd === length;
  const atStart = whole || selectionEnd === 0;
  const atEnd = whole || selectionStart === length;
  switch (key) {
    case "ArrowUp":
      return [row - 1, col];
    case "ArrowDown":
      return [row + 1, col];
    // Left and right edit the text until the caret reaches its edge.
    case "ArrowLeft":
      return atStart ? [row, col - 1] : undefined;
    case "ArrowRight":
      return atEnd ? [row, col + 1] : undefined;
    case "Tab":
      if (press.shift) {
        return col > 0 ? [row, col - 1] : [row - 1, cols - 1];
      }
      return col + 1 < cols ? [row, col + 1] : [row + 1, 0];
    case "Enter":
      return press.command ? undefined : [row + (press.shift ? -1 : 1), col];
    default:
      return undefined;
  }
}
